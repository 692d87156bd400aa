package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Markup typed by a candidate is shown as text: it creates no element and runs no script, anywhere it appears. */
class InertAnswerIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    private static final String ATTACK = "<img src=x onerror=\"window.__xss=1;alert(1)\"> softmax 饱和"
            + "<script>window.__xss=2</script>";

    @Test
    void anAnswerWithAnImageTagStaysTextInTheChatTheGradeAndTheReport() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            InterviewPage interview = new InterviewPage(browser).start(APP, 1, 0);
            interview.answer(ATTACK);
            assertInert(browser);
            assertThat(page.findElement(testId("candidate")).getText()).contains("<img src=x onerror=");
            browser.fullPageScreenshot("inert-answer-1280");

            interview.endAndOpenReport();
            page.findElement(testId("report-question")).findElement(By.tagName("summary")).click();
            assertInert(browser);
            assertThat(page.findElement(By.cssSelector(".turn-answer")).getText()).contains("<img src=x onerror=");
        }
    }

    @Test
    void theGradePageShowsThePastedMarkupAsText() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/#/grade"));
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("grade-question")))
                    .sendKeys("attention 为什么除以根号 d <img src=x onerror=alert(2)>");
            page.findElement(testId("grade-answer")).sendKeys(ATTACK);
            page.findElement(testId("grade-submit")).click();
            WebElement grade = browser.waitUpTo(Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("grade")));
            assertThat(grade.getText()).contains("/ 10");
            assertInert(browser);
        }
    }

    private static void assertInert(Browser browser) {
        WebDriver page = browser.driver();
        try {
            page.switchTo().alert();
            throw new AssertionError("a script in the answer opened an alert");
        } catch (NoAlertPresentException expected) {
            // No alert: nothing ran.
        }
        assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
        assertThat(page.findElements(By.cssSelector("main img, main script"))).isEmpty();
    }
}
