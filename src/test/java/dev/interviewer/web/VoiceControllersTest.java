package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.Fixtures;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.KeywordGrader;
import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.Speaker;
import dev.interviewer.store.FileRecordings;
import dev.interviewer.testing.AudioSamples;
import dev.interviewer.testing.InMemoryInterviewStore;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server voice, kept recordings, spoken answers and deleting an interview, over HTTP in memory. */
class VoiceControllersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private final List<String> said = new ArrayList<>();
    private FileRecordings recordings;
    private InterviewService interviews;

    private Javalin app(boolean serverVoice) {
        recordings = new FileRecordings(data.resolve("recordings"), Clock.systemUTC());
        interviews = InterviewService.builder(Fixtures::sixCards, new KeywordGrader(), new InMemoryInterviewStore())
                .recordings(recordings).build();
        Speaker speaker = text -> {
            said.add(text);
            return new Speaker.SpokenAudio(AudioSamples.mp3(2), "audio/mpeg");
        };
        return WebServer.create(WebSettings.local(), List.of(new SpeechController(serverVoice ? speaker : null),
                new RecordingsController(recordings), new InterviewController(interviews)));
    }

    private static HttpResponse<byte[]> send(String method, String url, String json) throws Exception {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theServerVoiceReturnsAudioForTheText() {
        JavalinTest.test(app(true), (server, client) -> {
            HttpResponse<byte[]> audio = send("POST", client.getOrigin() + "/api/speech",
                    "{\"text\": \"为什么要除以根号 d？\"}");
            assertThat(audio.statusCode()).isEqualTo(200);
            assertThat(audio.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("audio/mpeg"));
            assertThat(audio.body()).isEqualTo(AudioSamples.mp3(2));
            assertThat(said).containsExactly("为什么要除以根号 d？");
            assertThat(send("POST", client.getOrigin() + "/api/speech", "{\"text\": \" \"}").statusCode())
                    .isEqualTo(400);
            assertThat(send("POST", client.getOrigin() + "/api/speech", "{\"text\": \"" + "a".repeat(4097) + "\"}")
                    .statusCode()).isEqualTo(413);
        });
    }

    @Test
    void withoutAServerVoiceThePageIsToldToUseTheBrowsers() {
        JavalinTest.test(app(false), (server, client) -> {
            HttpResponse<byte[]> response = send("POST", client.getOrigin() + "/api/speech", "{\"text\": \"hi\"}");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("error").asText()).contains("--tts-model");
        });
    }

    @Test
    void aSpokenAnswerComesBackWithItsDeliveryAndBadFiguresAre400() {
        JavalinTest.test(app(false), (server, client) -> {
            String id = interviews.start(dev.interviewer.interview.model.InterviewConfig.defaults()).id();
            String answers = client.getOrigin() + "/api/interviews/" + id + "/answers";
            HttpResponse<byte[]> bad = send("POST", answers,
                    "{\"text\": \"x\", \"voice\": {\"transcript\": \"x\", \"seconds\": 2, \"pauses\": [5]}}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).path("error").asText()).contains("voice.pauses");
            assertThat(send("POST", answers, "{\"text\": \"x\", \"voice\": {\"transcript\": \"x\"}}").statusCode())
                    .isEqualTo(400);
            HttpResponse<byte[]> spoken = send("POST", answers, "{\"text\": \"it keeps a unit scale\", \"voice\":"
                    + " {\"transcript\": \"um it keeps a unit scale\", \"seconds\": 3.0, \"pauses\": [1.6]}}");
            assertThat(spoken.statusCode()).isEqualTo(200);
            JsonNode delivery = json(spoken).path("delivery");
            assertThat(delivery.path("unit").asText()).isEqualTo("words");
            assertThat(delivery.path("fillerWords").path("um").asInt()).isEqualTo(1);
            assertThat(delivery.path("longPauses").asInt()).isEqualTo(1);
            assertThat(delivery.path("pace").asText()).isEqualTo("steady");
        });
    }

    @Test
    void keptRecordingsAreListedPlayedAndDeletedWithTheirInterview() {
        JavalinTest.test(app(false), (server, client) -> {
            String id = interviews.start(dev.interviewer.interview.model.InterviewConfig.defaults()).id();
            byte[] wav = AudioSamples.wav(8000, 1.0);
            String name = recordings.keep(id, 0, AudioClip.of(wav));
            String base = client.getOrigin() + "/api/interviews/" + id;

            JsonNode list = json(send("GET", base + "/recordings", null));
            assertThat(list).hasSize(1);
            assertThat(list.get(0).path("name").asText()).isEqualTo(name);
            HttpResponse<byte[]> played = send("GET", base + "/recordings/" + name, null);
            assertThat(played.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("audio/wav"));
            assertThat(played.body()).isEqualTo(wav);
            assertThat(send("GET", base + "/recordings/..%2Finterviewer.db", null).statusCode()).isEqualTo(404);
            assertThat(send("GET", client.getOrigin() + "/api/interviews/..%2F..%2Fx/recordings", null).statusCode())
                    .isIn(400, 404);

            assertThat(send("DELETE", base, null).statusCode()).isEqualTo(204);
            assertThat(send("GET", base, null).statusCode()).isEqualTo(404);
            assertThat(json(send("GET", base + "/recordings", null))).isEmpty();
            assertThat(data.resolve("recordings").resolve(id)).doesNotExist();
            assertThat(send("DELETE", base, null).statusCode()).isEqualTo(404);
        });
    }
}
