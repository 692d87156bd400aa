package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.target.TargetTexts;
import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The candidate pastes a job description on the start page, sees which requirements the notes cover (with their
 * cards) and which are gaps, starts a targeted interview, finishes it and reads the scores by requirement.
 */
class TargetPageIT {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void pasteSeeTheMapStartFinishAndReadTheReportByRequirement() {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/"));
            browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".topic-tree")));
            type(page.findElement(testId("questions")), "3");
            type(page.findElement(testId("followups")), "0");
            page.findElement(testId("target-text")).sendKeys(TargetTexts.read(TargetTexts.DPO_KV_ZERO_KUBERNETES));
            page.findElement(testId("target-analyze")).click();

            List<WebElement> requirements = browser.waitUpTo(SLOW).until(d -> {
                List<WebElement> found = d.findElements(testId("requirement"));
                return found.size() == 4 ? found : null;
            });
            assertThat(requirements).filteredOn(r -> "true".equals(r.getAttribute("data-covered"))).hasSize(3);
            WebElement gap = requirements.stream().filter(r -> "false".equals(r.getAttribute("data-covered")))
                    .findFirst().orElseThrow();
            assertThat(gap.getText()).contains("Kubernetes operators");
            assertThat(gap.findElements(By.tagName("a"))).isEmpty();
            WebElement kv = requirements.stream().filter(r -> r.getText().contains("KV cache")).findFirst()
                    .orElseThrow();
            assertThat(kv.findElements(By.cssSelector("a[href*='kv-cache']"))).isNotEmpty();
            assertThat(page.findElement(testId("coverage")).getText()).contains("75%");
            assertThat(page.findElement(testId("target-export")).isDisplayed()).isTrue();
            browser.fullPageScreenshot("target-map-1280");

            page.findElement(testId("target-start")).click();
            InterviewPage interview = new InterviewPage(browser);
            WebElement opening = interview.awaitMessageAfter(0);
            assertThat(opening.getText()).contains("4").contains("3");
            for (int i = 0; i < 3; i++) {
                interview.answer("\u6211\u4f1a\u4ece\u539f\u7406\u3001\u505a\u6cd5\u548c\u4ee3\u4ef7\u4e09\u65b9\u9762"
                        + "\u6765\u8bb2\u3002");
            }
            WebElement report = interview.endAndOpenReport();
            List<WebElement> scores = report.findElements(testId("requirement-score"));
            assertThat(scores).hasSize(3);
            assertThat(scores).noneMatch(s -> s.getText().contains("Kubernetes"))
                    .anyMatch(s -> s.getText().contains("DPO")).anyMatch(s -> s.getText().contains("ZeRO"))
                    .allMatch(s -> s.getText().matches("(?s).*\\d\\.\\d.*"));
            browser.fullPageScreenshot("target-report-1280");
        }
    }

    @Test
    void onAPhoneTheMapFitsTheScreen() {
        try (Browser browser = Browser.open(375, 812)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/"));
            browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(testId("target-text")))
                    .sendKeys(TargetTexts.read(TargetTexts.ALIGNMENT_JD_ZH));
            page.findElement(testId("target-analyze")).click();
            browser.waitUpTo(SLOW).until(d -> d.findElements(testId("requirement")).size() > 5);
            Number scrollWidth = (Number) browser.js("return document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(375);
            browser.fullPageScreenshot("target-map-375");
        }
    }
}
