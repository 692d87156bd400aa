package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.testing.ApiClient;
import dev.interviewer.testing.SharedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With the LLM endpoint on a port where nothing listens, a whole interview still completes, every turn a fallback. */
class ClosedPortInterviewIT {
    @RegisterExtension
    static final SharedApp APP = SharedApp.configured("llm on a closed port", config -> config
            .baseUrl("http://127.0.0.1:" + closedPort() + "/v1").apiKey("sk-closed-port")
            .llmTimeout(Duration.ofSeconds(2)));

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyTurnCompletesThroughTheOfflineEngineAndIsFlaggedAsAFallback() throws Exception {
        assertThat(APP.health().path("engine").asText()).isEqualTo("llm");
        ApiClient client = new ApiClient(APP.origin(), 2);
        long start = System.nanoTime();
        ApiClient.Started started = client.start(3, 1, "zh");
        List<ApiClient.Message> messages = new ArrayList<>(List.of(started.message()));
        ApiClient.Answered answered;
        int answers = 0;
        do {
            answered = client.answer(started.id(), "点积的方差随维度 d 增大，softmax 饱和，梯度变小，所以要除以根号 d。");
            messages.add(answered.next());
            answers++;
        } while (!answered.finished() && answers < 20);
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(answered.finished()).as("the interview reached its end").isTrue();
        for (ApiClient.Message m : messages.subList(0, messages.size() - 1)) {
            assertThat(m.text()).as("message of turn %d", m.turn()).isNotBlank();
            assertThat(m.fallback()).as("message of turn %d is flagged as a fallback", m.turn()).isTrue();
            assertThat(m.engine()).isEqualTo("offline");
        }
        JsonNode transcript = client.transcript(started.id());
        assertThat(transcript.path("status").asText()).isEqualToIgnoringCase("finished");
        for (JsonNode turn : transcript.path("turns")) {
            assertThat(turn.path("answer").asText()).as("every turn has its answer").isNotBlank();
            assertThat(turn.path("grade").path("score").isNumber()).as("every turn is graded: %s", turn).isTrue();
            assertThat(turn.path("prompt").path("fallback").asBoolean()).as("stored as a fallback: %s", turn)
                    .isTrue();
        }
        assertThat(seconds).as("a dead endpoint does not make the candidate wait").isLessThan(60);
    }
}
