package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Start, answer, get a follow-up on what was missed, answer it, move on, end, and read the report. */
class InterviewFlowIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    private static final String VAGUE = "我不太确定，大概和训练稳定性有关吧。";
    private static final String BETTER = "我想主要是为了让数值更稳定，避免更新过大，同时也让梯度更平滑。";

    @Test
    void candidateGetsAFollowUpOnAMissedPointAndThenAReportOfEveryQuestion() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            InterviewPage interview = new InterviewPage(browser).start(APP, 2, 1);
            browser.fullPageScreenshot("interview-start-1280");
            assertThat(interview.progress()).contains("1").contains("2");

            WebElement grade = interview.answer(VAGUE);
            assertThat(grade.getText()).contains("/ 10");
            assertThat(grade.findElements(By.cssSelector(".missed li"))).isNotEmpty();
            assertThat(interview.lastKind()).isEqualTo("follow-up");
            assertThat(page.findElement(testId("answer")).getAttribute("value")).isEmpty();
            assertThat(page.findElements(testId("candidate")).get(0).getText()).contains(VAGUE);

            interview.answer(BETTER);
            assertThat(interview.lastKind()).isEqualTo("question");
            browser.fullPageScreenshot("interview-follow-up-1280");

            interview.command("skip");
            WebElement report = interview.endAndOpenReport();
            assertThat(report.findElement(testId("overall")).getText()).matches("\\d+\\.\\d");
            assertThat(page.findElements(testId("report-question"))).hasSize(2);
            page.findElements(testId("report-question")).get(0).findElement(By.tagName("summary")).click();
            assertThat(page.findElement(By.cssSelector(".reference-answer")).getText()).isNotBlank();
            assertThat(page.findElements(By.cssSelector(".report canvas"))).isNotEmpty();
            browser.fullPageScreenshot("report-1280");
        }
    }

    @Test
    void aPauseInTypingSendsTheAnswerSoFarToBeReadAheadAndTheAnswerIsGradedAsUsual() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            InterviewPage interview = new InterviewPage(browser).start(APP, 1, 0);
            browser.js("window.__drafts = []; const send = window.fetch;"
                    + " window.fetch = (url, options) => send(url, options).then((r) => {"
                    + " if (String(url).endsWith('/draft')) window.__drafts.push(r.status + ' ' + options.body);"
                    + " return r; });");
            page.findElement(testId("answer")).sendKeys("我想主要是为了让数值更稳定，");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !browser.js("return window.__drafts").toString()
                    .equals("[]"));
            assertThat(browser.js("return window.__drafts").toString())
                    .isEqualTo("[202 {\"text\":\"我想主要是为了让数值更稳定，\"}]");

            WebElement grade = interview.answer("避免更新过大。");
            assertThat(grade.getText()).contains("/ 10");
            assertThat(page.findElements(testId("candidate")).get(0).getText())
                    .contains("我想主要是为了让数值更稳定，避免更新过大。");
        }
    }

    @Test
    void aNarrowPhoneScreenCanRunAWholeInterview() {
        try (Browser browser = Browser.open(375, 812)) {
            WebDriver page = browser.driver();
            InterviewPage interview = new InterviewPage(browser).start(APP, 1, 1);
            browser.fullPageScreenshot("interview-start-375");
            interview.command("hint");
            assertThat(interview.lastKind()).isEqualTo("hint");
            interview.answer(VAGUE);
            browser.fullPageScreenshot("interview-375");
            // Nothing is wider than the screen: no sideways scrolling on a phone.
            Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(375);
            interview.endAndOpenReport();
            assertThat(page.findElements(testId("report-question"))).hasSize(1);
            browser.fullPageScreenshot("report-375");
        }
    }
}
