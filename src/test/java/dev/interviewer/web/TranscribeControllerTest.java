package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.Listening;
import dev.interviewer.interview.voice.VoiceException;
import dev.interviewer.interview.voice.Transcriber;
import dev.interviewer.store.FileRecordings;
import dev.interviewer.testing.AudioSamples;
import dev.interviewer.testing.MultipartBody;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/transcribe} in memory, with a fake transcriber: limits, statuses, and what is kept. */
class TranscribeControllerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTERVIEW = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path data;

    private final List<String> heardLanguages = new ArrayList<>();
    private Supplier<String> reply = () -> "嗯，LoRA 只训练低秩矩阵。";

    private Javalin app(boolean configured) {
        Transcriber fake = new Transcriber() {
            @Override
            public String transcribe(AudioClip clip, String language) {
                heardLanguages.add(String.valueOf(language));
                return reply.get();
            }

            @Override
            public String engine() {
                return "whisper-test";
            }
        };
        FileRecordings recordings = new FileRecordings(data.resolve("recordings"), Clock.systemUTC());
        Listening listening = configured ? new Listening(fake, recordings, INTERVIEW::equals) : null;
        return WebServer.create(WebSettings.local(), List.of(new TranscribeController(listening)));
    }

    private static HttpResponse<String> post(String origin, MultipartBody body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/api/transcribe"))
                .header("Content-Type", body.contentType()).POST(body.publisher()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static MultipartBody audio(byte[] bytes) {
        return new MultipartBody().file("audio", "answer.webm", "audio/webm", bytes);
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").asText();
    }

    @Test
    void anUploadComesBackAsTextWithItsLengthAndEngineAndIsNotKept() {
        JavalinTest.test(app(true), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(),
                    audio(AudioSamples.wav(16_000, 2.0, 1.0, 1.5)).field("language", "zh"));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("text").asText()).isEqualTo("嗯，LoRA 只训练低秩矩阵。");
            assertThat(body.path("seconds").asDouble()).isEqualTo(4.5);
            assertThat(body.path("engine").asText()).isEqualTo("whisper-test");
            assertThat(body.path("recording").isNull()).isTrue();
            assertThat(heardLanguages).containsExactly("zh");
            assertThat(data.resolve("recordings")).doesNotExist();
        });
    }

    @Test
    void keepRecordingsStoresTheAudioNextToItsInterview() {
        JavalinTest.test(app(true), (server, client) -> {
            byte[] wav = AudioSamples.wav(16_000, 1.0);
            HttpResponse<String> response = post(client.getOrigin(), audio(wav).field("keep", "true")
                    .field("interview", INTERVIEW).field("turn", "2"));
            assertThat(response.statusCode()).isEqualTo(200);
            String name = JSON.readTree(response.body()).path("recording").asText();
            assertThat(name).startsWith("turn-2-").endsWith(".wav");
            assertThat(Files.readAllBytes(data.resolve("recordings").resolve(INTERVIEW).resolve(name)))
                    .isEqualTo(wav);
            HttpResponse<String> unknown = post(client.getOrigin(), audio(wav).field("keep", "true")
                    .field("interview", "ffffffffffffffffffffffffffffffff").field("turn", "0"));
            assertThat(unknown.statusCode()).isEqualTo(400);
        });
    }

    @Test
    void whatIsNotAudioIs415() {
        JavalinTest.test(app(true), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(), new MultipartBody()
                    .file("audio", "notes.txt", "audio/webm", "just text".getBytes()));
            assertThat(response.statusCode()).isEqualTo(415);
            assertThat(error(response)).contains("not audio");
            HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(URI.create(client.getOrigin()
                    + "/api/transcribe")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(json.statusCode()).isEqualTo(415);
            assertThat(heardLanguages).isEmpty();
        });
    }

    @Test
    void overFiveMinutesOr25MegabytesIs413() {
        JavalinTest.test(app(true), (server, client) -> {
            HttpResponse<String> longOne = post(client.getOrigin(), audio(AudioSamples.oggOpus(301)));
            assertThat(longOne.statusCode()).isEqualTo(413);
            assertThat(error(longOne)).contains("5 minutes");
            byte[] big = AudioSamples.wav(16_000, 0.1);
            big = java.util.Arrays.copyOf(big, (int) AudioClip.MAX_BYTES + 10);
            HttpResponse<String> large = post(client.getOrigin(), audio(big));
            assertThat(large.statusCode()).isEqualTo(413);
            assertThat(error(large)).contains("25 MB");
            assertThat(heardLanguages).isEmpty();
        });
    }

    @Test
    void aMissingFieldOrABadLanguageIs400() {
        JavalinTest.test(app(true), (server, client) -> {
            assertThat(post(client.getOrigin(), new MultipartBody().field("language", "zh")).statusCode())
                    .isEqualTo(400);
            HttpResponse<String> french = post(client.getOrigin(), audio(AudioSamples.wav(8000, 1.0))
                    .field("language", "fr"));
            assertThat(french.statusCode()).isEqualTo(400);
            assertThat(error(french)).contains("language");
        });
    }

    @Test
    void speechEndpointFailuresBecomeClearStatuses() {
        JavalinTest.test(app(true), (server, client) -> {
            byte[] wav = AudioSamples.wav(8000, 1.0);
            reply = () -> {
                throw new VoiceException(VoiceException.Reason.FAILED, "the speech endpoint answered HTTP 500");
            };
            HttpResponse<String> failed = post(client.getOrigin(), audio(wav));
            assertThat(failed.statusCode()).isEqualTo(503);
            assertThat(error(failed)).contains("HTTP 500");
            reply = () -> {
                throw new VoiceException(VoiceException.Reason.TIMEOUT, "did not answer within 60 s");
            };
            assertThat(post(client.getOrigin(), audio(wav)).statusCode()).isEqualTo(504);
            reply = () -> {
                throw new VoiceException(VoiceException.Reason.NOTHING_HEARD, "heard no words");
            };
            assertThat(post(client.getOrigin(), audio(wav)).statusCode()).isEqualTo(422);
        });
    }

    @Test
    void withoutASpeechEndpointTheServerSaysHowToConfigureOne() {
        JavalinTest.test(app(false), (server, client) -> {
            HttpResponse<String> response = post(client.getOrigin(), audio(AudioSamples.wav(8000, 1.0)));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(error(response)).contains("--stt-base-url");
        });
    }
}
