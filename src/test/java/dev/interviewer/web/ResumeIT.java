package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reload, or coming back later, continues the interview where it was, with the unsent answer kept. */
class ResumeIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void reloadingShowsTheWholeTranscriptAndKeepsTheUnsentAnswer() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            InterviewPage interview = new InterviewPage(browser).start(APP, 3, 0);
            interview.answer("注意力分数要缩放，不然 softmax 会饱和。");
            String url = page.getCurrentUrl();
            int messages = interview.messages().size();
            page.findElement(testId("answer")).sendKeys("还没发送的草稿");

            page.navigate().refresh();
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> interview.messages().size() == messages);
            assertThat(page.getCurrentUrl()).isEqualTo(url);
            assertThat(interview.grades()).hasSize(1);
            assertThat(page.findElement(testId("candidate")).getText()).contains("softmax 会饱和");
            assertThat(page.findElement(testId("answer")).getAttribute("value")).isEqualTo("还没发送的草稿");
            assertThat(interview.progress()).contains("2").contains("3");

            page.get(APP.url("/"));
            browser.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(testId("resume"))).click();
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> interview.messages().size() == messages);
            assertThat(page.getCurrentUrl()).isEqualTo(url);
            browser.fullPageScreenshot("resume-1280");
        }
    }
}
