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

/** Search the notes, open a card, and see its reference with the formulas typeset. */
class KnowledgeSearchIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void searchingFindsTheCardAndItsFormulasAreTypesetNotRaw() {
        for (int width : new int[] {1280, 375}) {
            try (Browser browser = Browser.open(width, 900)) {
                WebDriver page = browser.driver();
                page.get(APP.url("/#/knowledge"));
                browser.waitUpTo(Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(testId("search")))
                        .sendKeys("attention 为什么除以根号 d");
                page.findElement(testId("search-submit")).click();
                List<WebElement> hits = browser.waitUpTo(Duration.ofSeconds(30))
                        .until(ExpectedConditions.numberOfElementsToBeMoreThan(testId("hit"), 0));
                assertThat(hits.get(0).getText()).containsIgnoringCase("d");
                browser.fullPageScreenshot("knowledge-" + width);

                hits.get(0).findElement(By.cssSelector("a.hit-title")).click();
                WebElement card = browser.waitUpTo(Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(testId("card")));
                WebElement reference = card.findElement(By.cssSelector(".reference-answer"));
                assertThat(reference.findElements(By.cssSelector(".katex"))).isNotEmpty();
                assertThat(reference.getText()).doesNotContain("$$");
                assertThat(card.findElements(By.cssSelector(".card-section.covered li"))).isNotEmpty();
                browser.fullPageScreenshot("card-" + width);
            }
        }
    }
}
