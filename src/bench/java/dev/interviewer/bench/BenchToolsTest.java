package dev.interviewer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.llm.ChatModels;
import dev.interviewer.llm.LlmSettings;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BenchToolsTest {
    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        Stats stats = new Stats(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 100.0));
        assertThat(stats.p50()).isEqualTo(5.0);
        assertThat(stats.p99()).isEqualTo(100.0);
        assertThat(stats.percentile(90)).isEqualTo(9.0);
    }

    @Test
    void theTargetBenchMapsADescriptionOfAboutTwoThousandCharactersInBothLanguages() {
        String description = TargetBench.description();

        assertThat(description.length()).isBetween(TargetBench.CHARS - 100, TargetBench.CHARS);
        assertThat(description).contains("Requirements").containsPattern("\\p{IsHan}");
    }

    @Test
    void overlappingStubCallsCountOnceInTheBusyTime() {
        List<StubOpenAi.Call> calls = List.of(
                new StubOpenAi.Call(0, 300_000_000L, true, 10, false),
                new StubOpenAi.Call(200_000_000L, 500_000_000L, false, 10, true),
                new StubOpenAi.Call(900_000_000L, 1_000_000_000L, false, 10, true));
        assertThat(HttpBench.busyMillis(calls)).isEqualTo(600.0);
        assertThat(HttpBench.rounds(calls)).isEqualTo(2);
    }

    @Test
    void callsOneAfterTheOtherAreRoundsOfTheirOwn() {
        List<StubOpenAi.Call> calls = List.of(
                new StubOpenAi.Call(0, 300_000_000L, false, 10, true),
                new StubOpenAi.Call(310_000_000L, 610_000_000L, true, 10, false));
        assertThat(HttpBench.rounds(calls)).isEqualTo(2);
        assertThat(HttpBench.rounds(List.of())).isZero();
    }

    @Test
    void perturbedNotesKeepQuestionMarksLastAndMakeEveryHeadingAndBulletNew() {
        String note = "---\ntags: [a]\n---\n## 为什么要除以根号 d？\n\n正文。\n\n**要点**\n- [w=3] 方差为 d\n\n```\n- code\n```\n";
        String perturbed = SyntheticNotes.perturb(note, 3);
        assertThat(perturbed).contains("---\ntags: [a]\n---\n", "## v3 为什么要除以根号 d？\n", "正文。 v3\n",
                "**要点**\n", "- [w=3] 方差为 d v3\n", "- code\n").doesNotContain("- code v3");
    }

    @Test
    void aDraftIsTheAnswerWithoutItsLastClauses() {
        assertThat(Candidate.withoutLastClauses("点积的方差为 d，softmax 饱和，除以根号 d。", 2)).isEqualTo("点积的方差为 d");
        assertThat(Candidate.withoutLastClauses("a, b, c", 1)).isEqualTo("a, b");
        assertThat(Candidate.withoutLastClauses("one clause", 2)).isEmpty();
    }

    @Test
    void tokenEstimateCountsHanCharactersOneEachAndOtherTextByFours() {
        assertThat(StubOpenAi.estimateTokens("注意力机制")).isEqualTo(5);
        assertThat(StubOpenAi.estimateTokens("abcdefgh")).isEqualTo(2);
    }

    @Test
    void theStubStreamsAReplyThatLangChain4jReadsAfterItsFixedLatency() throws Exception {
        try (StubOpenAi stub = new StubOpenAi(Duration.ofMillis(300), body -> "你好，请开始。")) {
            LlmSettings settings = new LlmSettings("sk-test", stub.baseUrl(), "stub", Duration.ofSeconds(5));
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            long start = System.nanoTime();
            new ChatModels(settings).streaming().chat("hi", new StreamingChatResponseHandler() {
                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            ChatResponse response = done.get(10, TimeUnit.SECONDS);
            double millis = (System.nanoTime() - start) / 1e6;
            assertThat(response.aiMessage().text()).isEqualTo("你好，请开始。");
            assertThat(millis).isGreaterThanOrEqualTo(300);
            assertThat(stub.calls()).singleElement().satisfies(c -> {
                assertThat(c.stream()).isTrue();
                assertThat(c.millis()).isGreaterThanOrEqualTo(300);
            });
        }
    }
}
