package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Offline grading latency for 300-character answers, warm, one thread. Runs only when asked:
 * {@code mvn -q -B test -Dtest=OfflineGraderBenchmarkTest -Dbenchmark=true}.
 */
class OfflineGraderBenchmarkTest {
    private static final int CHARS = 300;
    private static final int ROUNDS = 3;

    @Test
    void aThreeHundredCharacterAnswerGradesWithinTheBudget() throws IOException {
        assumeTrue(Boolean.getBoolean("benchmark"), "benchmark not requested (-Dbenchmark=true)");
        KnowledgeBase knowledge = new NotesLoader().load(Path.of("knowledge"));
        List<GradeRequest> requests = requests(knowledge);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(30);
        CardVectors vectors = new CardVectors(InProcessEmbedder.bge(), new LexicalTerms());
        OfflineGrader grader = new OfflineGrader(vectors, () -> knowledge);
        // Warm: card vectors computed and cached, JIT compiled; answers are embedded afresh every time.
        vectors.warmUp(knowledge);
        requests.forEach(grader::grade);
        List<Long> micros = new ArrayList<>();
        List<Long> cpuMicros = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < ROUNDS; round++) {
            for (GradeRequest request : requests) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                grader.grade(request);
                micros.add((System.nanoTime() - start) / 1000);
                cpuMicros.add((threads.getCurrentThreadCpuTime() - cpu) / 1000);
            }
        }
        double p50 = percentile(micros, 0.50);
        double p99 = percentile(micros, 0.99);
        // CPU time of the grading thread shows the cost apart from other processes competing for the cores.
        System.out.printf(Locale.ROOT, "offline grade of a %d-character answer: %d grades, wall p50 %.1f ms, p99 %.1f"
                + " ms; CPU p50 %.1f ms, p99 %.1f ms%n", CHARS, micros.size(), p50, p99, percentile(cpuMicros, 0.50),
                percentile(cpuMicros, 0.99));
        assertThat(p50).as("p50 ms").isLessThanOrEqualTo(50);
        assertThat(p99).as("p99 ms").isLessThanOrEqualTo(150);
    }

    private static double percentile(List<Long> micros, double share) {
        List<Long> sorted = micros.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * share) - 1) / 1000.0;
    }

    /** Dev-set answers of at least 300 characters (longer ones cut), graded against their own cards. */
    private static List<GradeRequest> requests(KnowledgeBase knowledge) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GradeRequest> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/devset/grading"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    String answer = node.get("answer").asText();
                    knowledge.card(node.get("card").asText()).filter(c -> answer.length() >= CHARS)
                            .ifPresent(card -> requests.add(new GradeRequest(card, card.question(),
                                    answer.substring(0, CHARS), Set.of(), node.path("lang").asText("zh"))));
                }
            }
        }
        return requests;
    }
}
