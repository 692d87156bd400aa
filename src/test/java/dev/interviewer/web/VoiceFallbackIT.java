package dev.interviewer.web;

import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.testing.SharedApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Without a speech endpoint the page uses the browser's recogniser and says who hears the audio, or says why not. */
class VoiceFallbackIT {
    private static final Duration SLOW = Duration.ofSeconds(60);

    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    @Test
    void theHealthDocumentSaysNoSpeechEndpointIsConfigured() throws Exception {
        assertThat(APP.health().path("voice").path("transcribe").asBoolean(true)).isFalse();
        assertThat(APP.health().path("voice").path("maxSeconds").asInt()).isEqualTo(300);
    }

    @Test
    void withTheBrowsersRecogniserThePageSaysTheVendorHearsTheAudio() {
        try (Browser browser = Browser.open(375, 800)) {
            new InterviewPage(browser).start(APP, 1, 0);
            WebElement mic = browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId("mic")));
            assertThat(mic.isEnabled()).isTrue();
            WebElement notice = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("voice-notice")));
            assertThat(notice.getText()).contains("浏览器厂商").contains("Google");
        }
    }

    @Test
    void withNeitherTheMicrophoneIsDisabledWithTheReason() {
        try (Browser browser = Browser.open(375, 800)) {
            browser.beforeEveryPage("for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {"
                    + " Object.defineProperty(window, name, {value: undefined, configurable: true}); }");
            new InterviewPage(browser).start(APP, 1, 0);
            WebElement status = browser.driver().findElement(testId("transcript-status"));
            browser.waitUpTo(SLOW).until(d -> status.getText().contains("语音输入不可用"));
            WebElement mic = browser.driver().findElement(testId("mic"));
            assertThat(mic.isEnabled()).isFalse();
            assertThat(mic.getAttribute("title")).contains("--stt-base-url");
            assertThat(browser.driver().findElement(testId("voice-notice")).isDisplayed()).isFalse();
            // Typing still works as ever.
            assertThat(browser.driver().findElement(testId("answer")).isEnabled()).isTrue();
        }
    }
}
