package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the browser tests do on the start screen and in the interview, in the candidate's terms. */
final class InterviewPage {
    private static final Duration SLOW = Duration.ofSeconds(60);
    private final Browser browser;
    private final WebDriver page;

    InterviewPage(Browser browser) {
        this.browser = browser;
        this.page = browser.driver();
    }

    /** Opens the start screen, sets the number of questions and follow-ups, and starts. */
    InterviewPage start(SharedApp app, int questions, int followUps) {
        page.get(app.url("/"));
        browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".topic-tree")));
        type(page.findElement(testId("questions")), Integer.toString(questions));
        type(page.findElement(testId("followups")), Integer.toString(followUps));
        page.findElement(testId("start")).click();
        browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(testId("message")));
        return this;
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /** Sends an answer and waits for its grade and for the interviewer's next message to be complete. */
    WebElement answer(String text) {
        int grades = grades().size();
        int messages = messages().size();
        WebElement box = browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId("answer")));
        box.sendKeys(text);
        page.findElement(testId("send")).click();
        browser.waitUpTo(SLOW).until(d -> grades().size() > grades);
        awaitMessageAfter(messages);
        return grades().get(grades().size() - 1);
    }

    /** Waits until a message beyond the first {@code before} has its text (streamed or not). */
    WebElement awaitMessageAfter(int before) {
        browser.waitUpTo(SLOW).until(d -> messages().size() > before
                && !last(messages()).getText().isBlank() && last(messages()).findElements(By.cssSelector(".dots")).isEmpty());
        return last(messages());
    }

    void command(String testId) {
        int messages = messages().size();
        browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId(testId))).click();
        awaitMessageAfter(messages);
    }

    /** Ends the interview (with its confirmation) and opens the report. */
    WebElement endAndOpenReport() {
        if (page.findElements(testId("report-link")).stream().noneMatch(WebElement::isDisplayed)) {
            page.findElement(testId("end")).click();
            browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId("end-confirm"))).click();
        }
        browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId("report-link"))).click();
        return browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(testId("report")));
    }

    String lastKind() {
        return last(messages()).getAttribute("data-kind");
    }

    List<WebElement> messages() {
        return page.findElements(testId("message"));
    }

    List<WebElement> grades() {
        return page.findElements(testId("grade"));
    }

    String progress() {
        return page.findElement(testId("progress")).getText();
    }

    private static WebElement last(List<WebElement> elements) {
        return elements.get(elements.size() - 1);
    }
}
