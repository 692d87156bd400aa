package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The thin slice through every layer: the page asks a question from the notes, grades an answer, asks again. */
class FirstInterviewIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void candidateAnswersOneQuestionAndSeesAGradeAndTheNextMessage() {
        // The shared server answers once its index is built, so the first answer is not graded mid-indexing.
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/"));
            browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(byTestId("start")))
                    .click();

            WebElement question = browser.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(byTestId("message")));
            assertThat(question.getText()).isNotBlank();

            page.findElement(byTestId("answer")).sendKeys("点积的方差随维度 d 增大而变大，softmax 会饱和，梯度变小，所以要除以根号 d。");
            page.findElement(byTestId("send")).click();

            WebElement grade = browser.waitUpTo(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(byTestId("grade")));
            assertThat(grade.getText()).contains("/ 10");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(byTestId("message")).size() >= 2);
            browser.screenshot("first-interview-1280");
        }
    }

    private static By byTestId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
