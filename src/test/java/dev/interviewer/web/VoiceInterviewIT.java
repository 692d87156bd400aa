package dev.interviewer.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.interviewer.web.Browser.testId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.interviewer.testing.AudioSamples;
import dev.interviewer.testing.SharedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A whole interview by voice in Chromium: a fake microphone plays a WAV made here (tone, a long pause, tone), the
 * page records it, uploads it to /api/transcribe, the transcript (from a WireMock speech endpoint) lands in the
 * answer box, is sent, and the grade card shows how it was spoken; the report sums it up.
 */
class VoiceInterviewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration SLOW = Duration.ofSeconds(60);
    private static final String HEARD = "嗯，点积的方差随维度 d 增大，那个，softmax 会饱和，所以要除以根号 d。";
    private static final WireMockServer SPEECH = startSpeechEndpoint();
    private static final Path MICROPHONE = microphoneFile();

    @RegisterExtension
    static final SharedApp APP = SharedApp.configured("voice",
            config -> config.sttBaseUrl(SPEECH.baseUrl() + "/v1"));

    private static WireMockServer startSpeechEndpoint() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("{\"text\": \"" + HEARD + "\"}")));
        return server;
    }

    // One second of "speech", a 1.7 s pause, another second, then quiet: hands-free ends it 2 s into the quiet.
    private static Path microphoneFile() {
        try {
            Path wav = Files.createTempFile("fake-microphone", ".wav");
            Files.write(wav, AudioSamples.wav(16_000, 1.0, 1.7, 1.0, 6.0));
            wav.toFile().deleteOnExit();
            return wav;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSpeechEndpoint() {
        SPEECH.stop();
    }

    private static Browser browserWithMicrophone() {
        return Browser.open(375, 800, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + MICROPHONE + "%noloop",
                "--autoplay-policy=no-user-gesture-required");
    }

    @Test
    void aWholeInterviewCanBeAnsweredAloudAndTheGradeShowsHowItWasSpoken() throws Exception {
        try (Browser browser = browserWithMicrophone()) {
            InterviewPage interview = new InterviewPage(browser).start(APP, 2, 0);
            WebDriver page = browser.driver();
            WebElement mic = browser.waitUpTo(SLOW).until(ExpectedConditions.elementToBeClickable(testId("mic")));
            assertMicReachableOneHanded(browser, mic);

            // First answer: press, speak, press again.
            mic.click();
            browser.waitUpTo(SLOW).until(d -> "true".equals(mic.getAttribute("aria-pressed")));
            Thread.sleep(4500);
            mic.click();
            awaitTranscriptInTheBox(browser);
            browser.screenshot("voice-transcript-375");
            WebElement grade = send(browser, interview);
            WebElement delivery = grade.findElement(testId("delivery"));
            assertThat(delivery.getText()).contains("字/分钟").contains("口头禅").contains("嗯 ×1").contains("那个 ×1");

            // Second answer hands-free: listening starts by itself and about 2 s of quiet ends it.
            page.findElement(By.cssSelector("[data-testid='voice-settings'] summary")).click();
            page.findElement(testId("hands-free")).click();
            page.findElement(testId("keep-recordings")).click();
            page.findElement(testId("answer")).click();
            page.findElement(testId("repeat")).click();
            browser.waitUpTo(SLOW).until(d -> "true".equals(mic.getAttribute("aria-pressed")));
            browser.waitUpTo(SLOW).until(d -> "false".equals(mic.getAttribute("aria-pressed")));
            awaitTranscriptInTheBox(browser);
            send(browser, interview);
            browser.screenshot("voice-interview-375");

            WebElement report = interview.endAndOpenReport();
            WebElement summary = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("voice-summary")));
            assertThat(summary.getText()).contains("2 个回答中 2 个是说出来的").contains("字/分钟");
            browser.fullPageScreenshot("voice-report-375");
            assertThat(report.findElements(By.cssSelector(".delivery-line"))).hasSize(2);
            String id = checkWhatTheSpeechEndpointWasSent();

            // The second answer was kept: it plays in the report, and goes when the interview is deleted.
            WebElement kept = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.visibilityOfElementLocated(testId("recordings")));
            assertThat(kept.findElements(By.tagName("audio"))).hasSize(1);
            assertThat(get("/api/interviews/" + id + "/recordings")).hasSize(1);
            page.findElement(testId("delete-interview")).click();
            page.findElement(testId("delete-interview")).click();
            browser.waitUpTo(SLOW).until(ExpectedConditions.urlContains("#/history"));
            assertThat(get("/api/interviews/" + id + "/recordings")).isEmpty();
        }
    }

    private static JsonNode get(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(APP.url(path))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static void assertMicReachableOneHanded(Browser browser, WebElement mic) {
        long width = ((Number) browser.js("return document.documentElement.clientWidth")).longValue();
        assertThat(mic.getRect().getWidth()).isGreaterThanOrEqualTo(44);
        assertThat(mic.getRect().getX() + mic.getRect().getWidth()).isLessThanOrEqualTo((int) width);
        assertThat(mic.getRect().getX()).as("in the right half, under the thumb").isGreaterThan((int) width / 2);
        assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= "
                + "document.documentElement.clientWidth")).as("no sideways scrolling at 375 px").isTrue();
    }

    private static void awaitTranscriptInTheBox(Browser browser) {
        WebElement status = browser.driver().findElement(testId("transcript-status"));
        browser.waitUpTo(SLOW).until(d -> status.getText().contains("转写已放入输入框"));
        String box = browser.driver().findElement(testId("answer")).getAttribute("value");
        assertThat(box).contains("点积的方差");
    }

    private static WebElement send(Browser browser, InterviewPage interview) {
        int grades = interview.grades().size();
        browser.driver().findElement(testId("send")).click();
        browser.waitUpTo(SLOW).until(d -> interview.grades().size() > grades);
        List<WebElement> all = interview.grades();
        return all.get(all.size() - 1);
    }

    /** Checks the uploads the speech endpoint got and the delivery stored; returns the interview's id. */
    private static String checkWhatTheSpeechEndpointWasSent() throws Exception {
        SPEECH.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
                .withRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")).build())
                .withRequestBodyPart(aMultipart().withName("language").withBody(equalTo("zh")).build())
                .withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Type", containing("audio/"))
                        .build()));
        String id = get("/api/interviews").get(0).path("id").asText();
        JsonNode transcript = get("/api/interviews/" + id);
        JsonNode delivery = transcript.path("turns").get(0).path("delivery");
        assertThat(delivery.path("fillers").asInt()).isEqualTo(2);
        assertThat(delivery.path("unit").asText()).isEqualTo("characters");
        assertThat(delivery.path("seconds").asDouble()).isBetween(2.0, 5.0);
        assertThat(delivery.path("longPauses").asInt()).as("the 1.7 s pause in the recording").isEqualTo(1);
        return id;
    }

    @Test
    void readAloudSpeaksTheQuestionInTheInterviewsLanguage() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            // A spy in place of the browser's voice: it records what it is asked to say, then says it is done.
            browser.beforeEveryPage("window.__spoken = [];"
                    + "localStorage.setItem('interviewer.voice', JSON.stringify({speak: true}));"
                    + "window.speechSynthesis.speak = (u) => { window.__spoken.push({text: u.text, lang: u.lang});"
                    + " setTimeout(() => u.dispatchEvent(new Event('end')), 10); };");
            InterviewPage zh = new InterviewPage(browser).start(APP, 1, 0);
            String question = zh.messages().get(0).findElement(By.cssSelector(".body")).getText();
            List<?> spoken = awaitSpoken(browser, 1);
            assertThat(field(spoken.get(0), "lang")).isEqualTo("zh-CN");
            assertThat(squeeze(field(spoken.get(0), "text"))).contains(squeeze(question).substring(0, 12));

            String english = startEnglishInterview();
            browser.driver().get(APP.url("/#/interview/" + english));
            WebElement repeat = browser.waitUpTo(SLOW)
                    .until(ExpectedConditions.elementToBeClickable(testId("repeat")));
            int before = ((List<?>) browser.js("return window.__spoken")).size();
            repeat.click();
            List<?> again = awaitSpoken(browser, before + 1);
            assertThat(field(again.get(again.size() - 1), "lang")).isEqualTo("en-US");
        }
    }

    private static List<?> awaitSpoken(Browser browser, int count) {
        browser.waitUpTo(SLOW).until(d -> ((List<?>) ((JavascriptExecutor) d).executeScript(
                "return window.__spoken")).size() >= count);
        return (List<?>) browser.js("return window.__spoken");
    }

    private static String field(Object entry, String name) {
        return String.valueOf(((java.util.Map<?, ?>) entry).get(name));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String startEnglishInterview() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(APP.url("/api/interviews")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\": \"en\", \"questions\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asText();
    }
}
