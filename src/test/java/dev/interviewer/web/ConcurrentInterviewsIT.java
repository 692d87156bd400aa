package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.testing.ApiClient;
import dev.interviewer.testing.SharedApp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fifty interviews at once over HTTP: each transcript holds exactly its own answers, none of another's. */
class ConcurrentInterviewsIT {
    private static final int CANDIDATES = 50;
    private static final int MAX_ANSWERS = 12;

    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    /** What one candidate did: its interview and the answers it sent, in order. */
    record Run(String id, String marker, List<String> answers) {
    }

    private static Run candidate(ApiClient client, int n, CountDownLatch go) throws Exception {
        String marker = "[candidate-" + n + "]";
        go.await();
        ApiClient.Started started = client.start(3, 1, n % 2 == 0 ? "zh" : "en");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < MAX_ANSWERS; i++) {
            String answer = marker + " answer " + i + ": 点积方差随维度增大，softmax 会饱和，所以要缩放。";
            sent.add(answer);
            if (client.answer(started.id(), answer).finished()) {
                break;
            }
        }
        return new Run(started.id(), marker, sent);
    }

    @Test
    void fiftySimultaneousInterviewsKeepTheirAnswersApart() throws Exception {
        ApiClient client = new ApiClient(APP.origin(), CANDIDATES);
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Run>> futures = new ArrayList<>();
        for (int n = 0; n < CANDIDATES; n++) {
            int candidate = n;
            futures.add(pool.submit(() -> candidate(client, candidate, go)));
        }
        go.countDown();
        List<Run> runs = new ArrayList<>();
        for (Future<Run> f : futures) {
            runs.add(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        Set<String> ids = new HashSet<>();
        for (Run run : runs) {
            assertThat(ids.add(run.id())).as("interview ids are unique").isTrue();
            assertThat(run.id()).matches("[0-9a-f]{32}");
            JsonNode transcript = client.transcript(run.id());
            List<String> stored = new ArrayList<>();
            for (JsonNode turn : transcript.path("turns")) {
                if (turn.hasNonNull("answer") && !turn.path("answer").asText().isEmpty()) {
                    stored.add(turn.path("answer").asText());
                }
            }
            assertThat(stored).as("interview %s holds exactly the answers %s sent", run.id(), run.marker())
                    .containsExactlyElementsOf(run.answers());
            assertThat(transcript.toString()).as("no other candidate's text in %s", run.marker())
                    .doesNotContainPattern("\\[candidate-(?!" + run.marker().replaceAll("\\D", "") + "\\])\\d+\\]");
        }
        assertThat(APP.healthy()).isTrue();
    }
}
