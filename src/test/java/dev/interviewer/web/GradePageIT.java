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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Paste a question and an answer, get the grade card with its points and references. */
class GradePageIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void aPastedAnswerGetsAGradeCardWithMissedPointsAndAReference() {
        for (int width : new int[] {1280, 375}) {
            try (Browser browser = Browser.open(width, 900)) {
                WebDriver page = browser.driver();
                page.get(APP.url("/#/grade"));
                browser.waitUpTo(Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(testId("grade-question")))
                        .sendKeys("Transformer 的 attention 为什么要除以根号 d？");
                page.findElement(testId("grade-answer")).sendKeys("除以根号 d 是为了减少计算量。");
                page.findElement(testId("grade-submit")).click();

                WebElement grade = browser.waitUpTo(Duration.ofSeconds(60))
                        .until(ExpectedConditions.visibilityOfElementLocated(testId("grade")));
                assertThat(grade.getText()).contains("/ 10");
                assertThat(grade.findElements(By.cssSelector(".missed li"))).isNotEmpty();
                WebElement reference = grade.findElement(By.cssSelector("details.reference"));
                reference.findElement(By.tagName("summary")).click();
                assertThat(reference.findElement(By.cssSelector(".ref-source")).getText()).contains(".md");
                browser.fullPageScreenshot("grade-" + width);
            }
        }
    }
}
