package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Import page in Chromium: a dropped bad file or one over 200 MB gets one clear message; a chosen CSV shows the
 * same summary as the command line and starts an interview on exactly the imported cards, whose report offers
 * them to Anki; a backup goes back in through the same page without changing anything.
 */
class ImportPageIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.onOwnNotes("own notes for imports");

    private static final Duration SLOW = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void importAFileThenPractiseItsCardsThenRestoreABackup() throws Exception {
        Path csv = Files.writeString(dir.resolve("page-bank.csv"), "question,answer\n"
                + "Why does GQA share keys and values across heads?,\"It shrinks the KV cache: groups of query heads"
                + " share one key and value head, so memory per token falls.\"\n"
                + "What is MQA?,\"Multi-query attention: all query heads share a single key and value head.\"\n"
                + ",an answer without its question\n");
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(APP.url("/#/import"));
            browser.waitUpTo(SLOW).until(ExpectedConditions.visibilityOfElementLocated(testId("drop-zone")));

            drop(browser, "bad.apkg", "not a zip", 0);
            assertThat(errorText(browser)).isEqualTo("bad.apkg is not a zip file, so not an Anki package");
            drop(browser, "huge.apkg", "x", 300L * 1024 * 1024);
            assertThat(errorText(browser)).isEqualTo("huge.apkg 超过 200 MB，无法导入。");

            page.findElement(testId("import-file")).sendKeys(csv.toString());
            WebElement summary = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("import-summary")));
            assertThat(summary.getText()).isEqualTo("已从 page-bank.csv 导入 2 张卡片到 imported/page-bank");
            String result = page.findElement(testId("import-result")).getText();
            assertThat(result).contains("1 个笔记文件，复制了 0 个媒体文件", "跳过 1 张：", "1 张：empty question（line 4）",
                    "其中 2 张有参考答案，可以立即练习。");
            assertThat(page.findElement(testId("import-error")).getText()).isEmpty();
            browser.fullPageScreenshot("import-1280");

            page.findElement(testId("practise-imported")).click();
            WebElement question = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("message")));
            assertThat(question.getText()).containsAnyOf("GQA", "MQA");
            InterviewPage interview = new InterviewPage(browser);
            interview.answer("不知道。");
            interview.endAndOpenReport();
            WebElement anki = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("export-anki")));
            Object download = ((JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));",
                    anki.getAttribute("href"));
            assertThat(anki.getText()).isEqualTo("导出薄弱卡片到 Anki");
            assertThat(download).isEqualTo("200 application/apkg");

            restoreOwnBackup(browser, page);
        }
    }

    private void restoreOwnBackup(Browser browser, WebDriver page) throws Exception {
        HttpResponse<String> backup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(APP.url("/api/backup"))).build(), HttpResponse.BodyHandlers.ofString());
        Path file = Files.writeString(dir.resolve("backup.json"), backup.body());
        page.get(APP.url("/#/import"));
        browser.waitUpTo(SLOW).until(ExpectedConditions.presenceOfElementLocated(testId("restore-file")))
                .sendKeys(file.toString());
        browser.waitUpTo(SLOW).until(ExpectedConditions.textToBePresentInElementLocated(testId("restore-result"),
                "备份中的记录都已存在，没有变化。"));
    }

    /** Drops a file made in the page onto the drop zone, as a user dragging it there would. */
    private static void drop(Browser browser, String name, String content, long claimedSize) {
        browser.js("const file = new File([arguments[1]], arguments[0]);"
                + "if (arguments[2] > 0) Object.defineProperty(file, 'size', { value: arguments[2] });"
                + "const data = new DataTransfer(); data.items.add(file);"
                + "document.querySelector(\"[data-testid='drop-zone']\")"
                + ".dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));",
                name, content, claimedSize);
    }

    private static String errorText(Browser browser) {
        By error = testId("import-error");
        browser.waitUpTo(SLOW).until(d -> !d.findElement(error).getText().isBlank());
        return browser.driver().findElement(error).getText();
    }
}
