package dev.interviewer.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.MultipartValuePatternBuilder;
import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.VoiceException;
import dev.interviewer.interview.voice.Speaker;
import dev.interviewer.interview.voice.Transcriber;
import dev.interviewer.testing.AudioSamples;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Speech to text and text to speech against an OpenAI-compatible audio endpoint served by WireMock. */
class SpeechModelsTest {
    private static final String KEY = "sk-speech-test-key-123456";
    private static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";
    private static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    private SpeechModels models(Duration timeout) {
        return new SpeechModels(new SpeechSettings(KEY, server.baseUrl() + "/v1", "whisper-large-v3", "tts-1", "nova",
                timeout));
    }

    private Transcriber transcriber() {
        return models(Duration.ofSeconds(5)).transcriber();
    }

    private static AudioClip clip() {
        return AudioClip.of(AudioSamples.wav(16_000, 0.5, 0.2, 0.5));
    }

    private static MultipartValuePatternBuilder part(String name) {
        return aMultipart().withName(name);
    }

    @Test
    void sendsTheModelTheLanguageAndTheFileAsMultipartAndReturnsTheText() {
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("{\"text\": \" 嗯，LoRA 冻结原权重。 \"}")));
        String text = transcriber().transcribe(clip(), "zh");
        assertThat(text).isEqualTo("嗯，LoRA 冻结原权重。");
        server.verify(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(part("model").withBody(equalTo("whisper-large-v3")).build())
                .withRequestBodyPart(part("language").withBody(equalTo("zh")).build())
                .withRequestBodyPart(part("prompt").withBody(containing("嗯")).build())
                .withRequestBodyPart(part("file").withHeader("Content-Type", equalTo("audio/wav"))
                        .withHeader("Content-Disposition", containing(".wav")).build()));
        byte[] sent = server.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).get(0).getPart("file").getBody()
                .asBytes();
        assertThat(sent).isEqualTo(clip().bytes());
    }

    @Test
    void withoutALanguageTheEndpointGuessesAndNoPromptIsSent() {
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("{\"text\": \"hello\"}")));
        assertThat(transcriber().transcribe(clip(), null)).isEqualTo("hello");
        var request = server.findAll(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))).get(0);
        assertThat(request.getParts()).extracting(p -> p.getName()).doesNotContain("language", "prompt");
    }

    @Test
    void aServerErrorSaysWhichEndpointAnsweredWhatAndNeverTheKey() {
        server.stubFor(post(TRANSCRIPTIONS).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\": {\"message\": \"boom for key " + KEY + "\"}}")));
        assertThatThrownBy(() -> transcriber().transcribe(clip(), "en"))
                .isInstanceOfSatisfying(VoiceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VoiceException.Reason.FAILED);
                    assertThat(e.getMessage()).contains("HTTP 500").contains(server.baseUrl()).doesNotContain(KEY);
                });
    }

    @Test
    void aSlowEndpointTimesOutWithAClearMessage() {
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("{\"text\": \"late\"}").withFixedDelay(3000)));
        Transcriber impatient = models(Duration.ofMillis(500)).transcriber();
        assertThatThrownBy(() -> impatient.transcribe(clip(), "en"))
                .isInstanceOfSatisfying(VoiceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VoiceException.Reason.TIMEOUT);
                    assertThat(e.getMessage()).contains("did not answer within");
                });
    }

    @Test
    void anEmptyTranscriptMeansNothingWasHeard() {
        server.stubFor(post(TRANSCRIPTIONS).willReturn(okJson("{\"text\": \"  \"}")));
        assertThatThrownBy(() -> transcriber().transcribe(clip(), "zh"))
                .isInstanceOfSatisfying(VoiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(VoiceException.Reason.NOTHING_HEARD));
    }

    @Test
    void anUnreachableEndpointFailsClearly() {
        SpeechModels closed = new SpeechModels(new SpeechSettings("", "http://127.0.0.1:9/v1", null, null, null,
                Duration.ofSeconds(2)));
        assertThatThrownBy(() -> closed.transcriber().transcribe(clip(), "zh"))
                .isInstanceOfSatisfying(VoiceException.class, e -> {
                    assertThat(e.reason()).isIn(VoiceException.Reason.FAILED, VoiceException.Reason.TIMEOUT);
                    assertThat(e.getMessage()).contains("127.0.0.1:9");
                });
    }

    @Test
    void speaksTheTextWithTheConfiguredModelAndVoice() {
        byte[] mp3 = AudioSamples.mp3(3);
        server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(mp3)));
        Speaker.SpokenAudio audio = models(Duration.ofSeconds(5)).speaker().speak("为什么要除以根号 d？");
        assertThat(audio.bytes()).isEqualTo(mp3);
        assertThat(audio.mimeType()).isEqualTo("audio/mpeg");
        server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech")).withRequestBody(
                equalToJson("{\"model\": \"tts-1\", \"voice\": \"nova\", \"input\": \"为什么要除以根号 d？\"}", true,
                        true)));
    }

    @Test
    void aFailingSpeechEndpointSaysSo() {
        server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> models(Duration.ofSeconds(5)).speaker().speak("hello"))
                .isInstanceOfSatisfying(VoiceException.class, e -> assertThat(e.getMessage()).contains("HTTP 503"));
    }

    @Test
    void settingsNeverPrintTheKey() {
        assertThat(new SpeechSettings(KEY, "", null, null, null, Duration.ofSeconds(1)).toString())
                .doesNotContain(KEY).contains("key=set");
    }
}
