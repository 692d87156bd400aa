package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.GradeUpdate;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.MessageListener;
import dev.interviewer.interview.phrasing.Pricing;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.report.Report;
import dev.interviewer.interview.report.ReportMarkdown;
import dev.interviewer.testing.InMemoryInterviewStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The model's grade beside the phrasing: the offline grade decides and is stored first, the model's replaces it
 * when it arrives (on the next message too), the review waits for it, and a model that fails leaves the offline
 * grade flagged. The model here is a fake that the test releases when it wants.
 */
class ModelGradingTest {
    // Offline (keywords): covers point 1 ("variance"), misses 2 and 3, so a follow-up aims at point 2.
    private static final String ANSWER = "the variance grows, and softmax gets peaked";

    private static final Pricing PRICES = new Pricing(1.0, 2.0);

    private final InMemoryInterviewStore store = new InMemoryInterviewStore();
    private final Map<String, Double> reviewed = new ConcurrentHashMap<>();
    private final SlowModel model = new SlowModel();
    private final InterviewService service = InterviewService.builder(
                    () -> Fixtures.knowledge(Fixtures.attention(), Fixtures.card("lora", "Finetuning", 1, 2, 1)),
                    new KeywordGrader(), store)
            .schedule(new Recorded(reviewed)).modelGrader(model, Duration.ofSeconds(5)).pricing(PRICES).build();

    /** A model grader that answers when released: covers points 1 and 2 with score 7, or fails. */
    private static final class SlowModel implements ModelGrader {
        final CompletableFuture<Boolean> release = new CompletableFuture<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ModelGrade gradeWithUsage(GradeRequest request) {
            calls.incrementAndGet();
            boolean ok = release.join();
            if (!ok) {
                throw new IllegalStateException("HTTP 500 from the model");
            }
            Grade grade = Grade.builder(7.0, Band.PARTIAL).engine(Engine.LLM).card(request.card().id(), true)
                    .covered(List.of(new CoveredPoint(1, "p1", 3, "the variance grows", 1.0),
                            new CoveredPoint(2, "p2", 3, "softmax gets peaked", 1.0)))
                    .missed(List.of(new MissedPoint(3, "p3", 2))).feedback("model feedback").build();
            return new ModelGrade(grade, new TokenUsage(300, 60));
        }
    }

    /** Keeps the last score recorded per card. */
    private record Recorded(Map<String, Double> scores) implements ReviewSchedule {
        @Override
        public List<String> due(Instant now, int limit) {
            return List.of();
        }

        @Override
        public void record(String cardId, double score, Instant at) {
            scores.put(cardId, score);
        }

        @Override
        public List<String> weak(Instant now) {
            return List.of();
        }

        @Override
        public List<String> dueNow(Instant now) {
            return List.of();
        }
    }

    /** One question: the attention card; two: both cards, in the planner's order. */
    private String started(int questions, int followUps) {
        List<String> topics = questions == 1 ? List.of("Transformer") : List.of();
        return service.start(new InterviewConfig(topics, questions, 0, "en", followUps, InterviewMode.INTERVIEW))
                .id();
    }

    private String firstCard(String id) {
        return service.transcript(id).turns().get(0).cardId();
    }

    @Test
    void theOfflineGradeDecidesAtOnceAndTheModelsGradeReplacesItWhenItArrives() throws Exception {
        String id = started(1, 1);
        assertThat(firstCard(id)).isEqualTo(Fixtures.attention().id());
        Results.Answered answered = service.answer(id, ANSWER);

        assertThat(answered.gradePending()).isTrue();
        assertThat(answered.grade().engine()).isEqualTo(Engine.OFFLINE);
        assertThat(answered.next().kind()).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(service.transcript(id).turns().get(1).targets()).containsExactly(2);
        LiveMessage next = service.currentMessage(id);
        List<GradeUpdate> updates = follow(next);
        assertThat(next.gradeDue()).isTrue();

        model.release.complete(true);
        awaitEnd(next);
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.turn()).isZero();
            assertThat(u.grade().engine()).isEqualTo(Engine.LLM);
            assertThat(u.questionScore()).isEqualTo(7.0);
        });
        Turn stored = service.transcript(id).turns().get(0);
        assertThat(stored.grade().score()).isEqualTo(7.0);
        assertThat(stored.gradingUsage()).isEqualTo(new TokenUsage(300, 60));
        assertThat(model.calls).hasValue(1);
    }

    @Test
    void aModelThatFailsLeavesTheOfflineGradeFlaggedAsAFallback() throws Exception {
        String id = started(1, 1);
        service.answer(id, ANSWER);
        LiveMessage next = service.currentMessage(id);
        List<GradeUpdate> updates = follow(next);

        model.release.complete(false);
        awaitEnd(next);
        assertThat(updates).singleElement().satisfies(u -> {
            assertThat(u.grade().engine()).isEqualTo(Engine.OFFLINE);
            assertThat(u.grade().fallback()).isTrue();
        });
        assertThat(service.transcript(id).turns().get(0).grade().fallback()).isTrue();
    }

    @Test
    void theReviewOfAQuestionWaitsForItsModelGrade() throws Exception {
        String id = started(2, 0);
        service.answer(id, ANSWER);
        assertThat(reviewed).as("not recorded from the provisional grade").isEmpty();

        model.release.complete(true);
        awaitEnd(service.currentMessage(id));
        for (int i = 0; i < 200 && reviewed.isEmpty(); i++) {
            Thread.sleep(10);
        }
        assertThat(reviewed).containsEntry(firstCard(id), 7.0);
    }

    @Test
    void endingWaitsForTheGradeOnItsWaySoTheReportHasIt() throws Exception {
        String id = started(2, 0);
        service.answer(id, ANSWER);
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> model.release.complete(true));

        CommandResult.Ended ended = (CommandResult.Ended) service.command(id, Command.END);
        Report report = ended.report();
        assertThat(report.questions().get(0).turns().get(0).score()).isEqualTo(7.0);
        assertThat(report.questions().get(0).turns().get(0).feedback()).isEqualTo("model feedback");
        assertThat(report.score()).isEqualTo(7.0);
        assertThat(report.usage().input()).isEqualTo(300);
        assertThat(reviewed).containsEntry(firstCard(id), 7.0);
    }

    @Test
    void theReportAndTheHistoryCountTheModelsTokensAndTheirEstimatedCost() throws Exception {
        String id = started(2, 0);
        service.answer(id, ANSWER);
        model.release.complete(true);
        Report report = ((CommandResult.Ended) service.command(id, Command.END)).report();

        assertThat(report.usage()).isEqualTo(new TokenUsage(300, 60));
        assertThat(report.estimatedCost()).isEqualTo(0.00042);
        assertThat(new ReportMarkdown().render(report)).contains("- **Tokens:** 360 (300 in, 60 out), "
                + "estimated cost 0.0004, 0 fallbacks to the offline engine");
        InterviewSummary line = new HistoryService(store, at -> new ReviewSummary(0, 0, 0, null), Clock.systemUTC(), PRICES)
                .history().interviews().get(0);
        assertThat(line.usage()).isEqualTo(new TokenUsage(300, 60));
        assertThat(line.estimatedCost()).isEqualTo(0.00042);
    }

    @Test
    void aDisagreementOnTheFollowUpsTargetIsLoggedWithBothGrades() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String id = started(1, 1);
            service.answer(id, ANSWER);
            LiveMessage next = service.currentMessage(id);
            follow(next);
            model.release.complete(true);
            awaitEnd(next);
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("dev.interviewer.calibration", "key point 2", "offline 3.8 weak covered [1]",
                "model 7.0 partial covered [1, 2]");
        assertThat(log).doesNotContain(ANSWER);
    }

    private static List<GradeUpdate> follow(LiveMessage live) {
        List<GradeUpdate> updates = new CopyOnWriteArrayList<>();
        live.subscribe(new MessageListener() {
            @Override
            public void token(String text) {
            }

            @Override
            public void reset(String reason) {
            }

            @Override
            public void done(Prompt prompt) {
            }

            @Override
            public void grade(GradeUpdate update) {
                updates.add(update);
            }
        });
        return updates;
    }

    private static void awaitEnd(LiveMessage live) throws InterruptedException {
        for (int i = 0; i < 200 && live.gradeDue(); i++) {
            Thread.sleep(10);
        }
        assertThat(live.gradeDue()).as("the grade arrived").isFalse();
    }
}
