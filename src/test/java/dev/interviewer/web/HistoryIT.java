package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finished interviews are listed with their score, and two or more draw a trend. */
class HistoryIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void finishedInterviewsAreListedWithScoresAndATrendChart() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            for (String answer : List.of("softmax 会饱和，所以要缩放。", "不知道。")) {
                InterviewPage interview = new InterviewPage(browser).start(APP, 1, 0);
                interview.answer(answer);
                interview.endAndOpenReport();
                if (answer.startsWith("softmax")) {
                    // With fewer than two scored interviews the trend was once replaced by the text "null".
                    page.get(APP.url("/#/history"));
                    browser.waitUpTo(Duration.ofSeconds(20))
                            .until(ExpectedConditions.visibilityOfElementLocated(testId("history-row")));
                    assertThat(page.findElement(By.cssSelector(".history")).getText()).doesNotContain("null");
                }
            }
            page.get(APP.url("/#/history"));
            List<WebElement> rows = browser.waitUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(testId("history-row"), 1));
            assertThat(rows.get(0).getText()).containsPattern("\\d+\\.\\d");
            assertThat(page.findElements(By.cssSelector(".history canvas"))).hasSize(1);
            browser.fullPageScreenshot("history-1280");

            rows.get(0).findElement(By.tagName("a")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(testId("report")));
        }
        try (Browser phone = Browser.open(375, 812)) {
            phone.driver().get(APP.url("/#/history"));
            phone.waitUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(testId("history-row"), 1));
            phone.fullPageScreenshot("history-375");
        }
    }
}
