package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.enrich.CardSuggestions;
import dev.interviewer.enrich.Suggestion;
import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.testing.SharedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review of suggested annotations on a card's page: reject one, edit one, accept the rest; the accepted ones are
 * written next to the note and the card shows them once the notes reload. The app runs on notes of its own in a
 * temporary folder, so nothing is written into the project's notes.
 */
class CardReviewPageIT {
    private static final Path NOTES = notes();
    private static final String CARD = "inference/kv-cache";

    @RegisterExtension
    static final SharedApp APP = SharedApp.configured("card-review", b -> b.knowledgeDir(NOTES));

    private static Path notes() {
        try {
            Path dir = Files.createTempDirectory("interviewer-review-notes");
            Files.writeString(dir.resolve("inference.md"), """
                    # 推理

                    ## KV cache

                    KV cache 在自回归解码时缓存每一层已经算过的 key 和 value，生成新 token 时只需计算新位置的 query。
                    代价是显存：缓存大小随序列长度、层数、头数和批大小线性增长。

                    ## Paged attention

                    Paged attention 把 KV cache 切成固定大小的块，按需分配，减少显存碎片。
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void queueSuggestions() {
        APP.app().reviewQueue().save(new CardSuggestions(CARD, "inference.md", "KV cache",
                CardSuggestions.Placement.SIDECAR, Instant.now(), "stub", List.of(
                        new Suggestion("kp1", Kind.KEY_POINT, "解码时缓存每一层已算过的 key 和 value",
                                "caches each layer's keys and values", 3, "", "", "", Status.PENDING),
                        new Suggestion("kp2", Kind.KEY_POINT, "显存随长度线性增长", "memory grows linearly", 2, "", "",
                                "", Status.PENDING),
                        new Suggestion("pf1", Kind.PITFALL, "KV cache 不占显存", "it costs no memory", 0,
                                "缓存大小随序列长度线性增长", "", "", Status.PENDING),
                        new Suggestion("level", Kind.LEVEL, "2", "", 0, "", "", "", Status.PENDING)),
                List.of(new CardSuggestions.Rejected(Kind.KEY_POINT, "KV cache 由 Google 提出",
                        "not supported by the note: similarity 0.57")),
                new TokenUsage(900, 300), ""));
    }

    @Test
    void aReviewerRejectsEditsAndAcceptsAndTheCardShowsWhatWasAccepted() throws IOException {
        queueSuggestions();
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/#/card/inference/kv-cache"));
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> d.findElements(testId("suggestion")).size() == 4);
            page.findElement(By.cssSelector(".review-thrown summary")).click();
            assertThat(page.findElement(testId("review")).getText()).contains("KV cache 由 Google 提出",
                    "not supported by the note");

            item(page, "pf1").findElement(testId("reject")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "rejected".equals(item(d, "pf1").getAttribute("data-status")));

            item(page, "kp2").findElement(testId("edit")).click();
            WebElement text = browser.waitUpTo(Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("edit-text")));
            text.clear();
            text.sendKeys("缓存大小随序列长度、层数、头数和批大小线性增长");
            page.findElement(testId("edit-save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "accepted".equals(item(d, "kp2").getAttribute("data-status")));

            page.findElement(testId("accept-all")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "accepted".equals(item(d, "kp1").getAttribute("data-status")));
            assertThat(page.findElements(testId("accept-all"))).isEmpty();

            // The notes reload in a second or two; the card's key points are then the accepted ones, in order.
            By keyPoints = By.cssSelector("[data-testid='card-details'] .card-section.covered li");
            // The card may render more than once while the notes reload: each check reads the page as it is then.
            browser.waitUpTo(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .withMessage("the card shows the two accepted key points, not the rejected pitfall, level 2")
                    .until(d -> {
                        List<WebElement> points = d.findElements(keyPoints);
                        return points.size() == 2 && points.get(0).getText().startsWith("解码时缓存每一层已算过的 key 和 value")
                                && points.get(1).getText().startsWith("缓存大小随序列长度、层数、头数和批大小线性增长")
                                && !d.findElement(testId("card-details")).getText().contains("KV cache 不占显存")
                                && d.findElement(By.cssSelector(".chips")).getText().contains("2");
                    });
            browser.fullPageScreenshot("card-review-1280");
        }
        String sidecar = Files.readString(NOTES.resolve("inference.annotations.md"));
        assertThat(sidecar).contains("## " + CARD, "- [w=3] 解码时缓存每一层已算过的 key 和 value",
                "- [w=2] 缓存大小随序列长度、层数、头数和批大小线性增长", "**Level**: 2").doesNotContain("不占显存");
    }

    private static WebElement item(WebDriver page, String id) {
        return page.findElement(By.cssSelector("[data-testid='suggestion'][data-id='" + id + "']"));
    }
}
