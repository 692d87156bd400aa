package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewState;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.phrasing.Interviewer;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.report.Report;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.InMemoryInterviewStore;
import dev.interviewer.testing.InMemoryReviewSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InterviewServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private final KnowledgeBase kb = Fixtures.sixCards();
    private final KeywordGrader grader = new KeywordGrader();
    private final InMemoryInterviewStore store = new InMemoryInterviewStore();
    private final InMemoryReviewSchedule schedule = new InMemoryReviewSchedule();

    private InterviewService service(Grader g, Interviewer interviewer) {
        return InterviewService.builder(() -> kb, g, store).schedule(schedule).interviewer(interviewer)
                .clock(CLOCK).seeds(() -> 7L).build();
    }

    private final InterviewService service = service(grader, Interviewer.OFFLINE);

    private static InterviewConfig config(List<String> topics, int questions, int followUps) {
        return new InterviewConfig(topics, questions, 0, "zh", followUps, InterviewMode.INTERVIEW);
    }

    /** An answer naming every key point of the card the interview is asking about. */
    private String strongAnswer(String id) {
        String cardId = service.transcript(id).turns().get(service.transcript(id).turns().size() - 1).cardId();
        return kb.card(cardId).orElseThrow().keyPoints().stream().map(KeyPoint::english)
                .collect(Collectors.joining(", "));
    }

    @Test
    void drillsIntoMissedPointsUntilTheQuestionIsCoveredThenFinishes() {
        Results.Started started = service.start(config(List.of("transformer"), 1, 2));
        assertThat(started.id()).matches("[0-9a-f]{32}");
        assertThat(started.message().kind()).isEqualTo(MessageKind.QUESTION);
        assertThat(started.message().text()).contains(Fixtures.attention().question());

        Results.Answered vague = service.answer(started.id(), "it keeps a unit scale");
        assertThat(vague.grade().covered()).extracting(c -> c.number()).containsExactly(3);
        assertThat(vague.next().kind()).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(vague.next().text()).contains("点积").doesNotContain("点积的方差随 d_k 线性增长");
        assertThat(vague.state()).isEqualTo(InterviewState.FOLLOWING_UP);

        Results.Answered second = service.answer(started.id(), "the variance grows with d");
        assertThat(second.next().kind()).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(second.next().text()).contains("softmax 饱和时梯度为什么会变小？");
        assertThat(grader.requests.get(1).targetKeyPoints()).containsExactly(1);

        Results.Answered last = service.answer(started.id(), "they saturate");
        assertThat(last.next().kind()).isEqualTo(MessageKind.END);
        assertThat(last.state()).isEqualTo(InterviewState.FINISHED);
        assertThat(last.questionScore()).isEqualTo(10.0);

        Report report = service.report(started.id());
        assertThat(report.status()).isEqualTo(InterviewStatus.FINISHED);
        assertThat(report.score()).isEqualTo(10.0);
        assertThat(report.questions()).singleElement().satisfies(q -> {
            assertThat(q.turns()).hasSize(3);
            assertThat(q.missed()).isEmpty();
            assertThat(q.reference()).isEqualTo(Fixtures.attention().reference());
        });
        assertThat(grader.calls).hasValue(3);
    }

    @Test
    void aFiveQuestionInterviewWithStrongAnswersMovesStraightOn() {
        String id = service.start(config(List.of(), 5, 2)).id();
        List<MessageKind> kinds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            kinds.add(service.answer(id, strongAnswer(id)).next().kind());
        }

        assertThat(kinds).containsExactly(MessageKind.QUESTION, MessageKind.QUESTION, MessageKind.QUESTION,
                MessageKind.QUESTION, MessageKind.END);
        Report report = service.report(id);
        assertThat(report.score()).isEqualTo(10.0);
        assertThat(report.questions()).extracting(Report.QuestionReport::cardId).doesNotHaveDuplicates().hasSize(5);
        assertThat(report.topics()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(report.review()).isEmpty();
        assertThat(service.list()).singleElement().satisfies(s -> assertThat(s.score()).isEqualTo(10.0));
    }

    @Test
    void theBudgetLimitsFollowUpsPerQuestion() {
        String id = service.start(config(List.of("transformer"), 1, 1)).id();

        assertThat(service.answer(id, "nothing useful").next().kind()).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(service.answer(id, "still nothing").next().kind()).isEqualTo(MessageKind.END);
        assertThat(service.report(id).questions().get(0).missed()).hasSize(3);
    }

    @Test
    void skipScoresZeroShowsTheReferenceAndMovesToTheNextQuestion() {
        String id = service.start(config(List.of(), 2, 2)).id();
        String skippedCard = service.transcript(id).turns().get(0).cardId();

        CommandResult.Skipped skip = (CommandResult.Skipped) service.command(id, Command.SKIP);

        assertThat(skip.grade().score()).isZero();
        assertThat(skip.reference().cardId()).isEqualTo(skippedCard);
        assertThat(skip.reference().text()).isEqualTo(kb.card(skippedCard).orElseThrow().reference());
        assertThat(skip.next().kind()).isEqualTo(MessageKind.QUESTION);
        assertThat(skip.next().text()).contains("第 2/2 题");
        Report report = service.report(id);
        assertThat(report.questions().get(0).skipped()).isTrue();
        assertThat(report.review()).extracting(Report.ReviewItem::cardId).containsExactly(skippedCard);
        assertThat(grader.calls).hasValue(0);
    }

    @Test
    void aHintedPointEarnsHalfCredit() {
        String id = service.start(config(List.of("transformer"), 1, 0)).id();

        CommandResult.Hinted hint = (CommandResult.Hinted) service.command(id, Command.HINT);
        assertThat(hint.message().kind()).isEqualTo(MessageKind.HINT);
        assertThat(hint.message().text()).contains("点积");
        assertThat(service.transcript(id).turns().get(0).hints()).extracting(Hint::keyPoint).containsExactly(1);

        Results.Answered answered = service.answer(id, "variance, saturate, unit");
        assertThat(answered.grade().score()).isEqualTo(10.0);
        assertThat(answered.questionScore()).isEqualTo(8.1);
    }

    @Test
    void repeatShowsTheOpenQuestionAgainWithoutChangingAnything() {
        Results.Started started = service.start(config(List.of(), 2, 2));

        CommandResult.Repeated repeat = (CommandResult.Repeated) service.command(started.id(), Command.REPEAT);

        assertThat(repeat.message().text()).isEqualTo(started.message().text());
        assertThat(service.transcript(started.id()).turns()).hasSize(1);
    }

    @Test
    void endingEarlyStillProducesAReportAndRefusesMoreAnswers() {
        String id = service.start(config(List.of(), 3, 2)).id();
        service.answer(id, strongAnswer(id));

        CommandResult.Ended end = (CommandResult.Ended) service.command(id, Command.END);

        assertThat(end.next().kind()).isEqualTo(MessageKind.END);
        assertThat(end.report().status()).isEqualTo(InterviewStatus.ENDED);
        assertThat(end.report().questionsScored()).isEqualTo(1);
        assertThat(end.report().score()).isEqualTo(10.0);
        assertThatThrownBy(() -> service.answer(id, "late"))
                .isInstanceOfSatisfying(InterviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(InterviewException.Reason.FINISHED));
        assertThatThrownBy(() -> service.command(id, Command.HINT)).isInstanceOf(InterviewException.class);
    }

    @Test
    void refusesBlankTooLongAndUnknownWithoutStoringAnything() {
        String id = service.start(config(List.of(), 1, 2)).id();

        assertThatThrownBy(() -> service.answer(id, "  \n ")).isInstanceOfSatisfying(InterviewException.class,
                e -> assertThat(e.reason()).isEqualTo(InterviewException.Reason.INVALID));
        assertThatThrownBy(() -> service.answer(id, "长".repeat(InterviewService.MAX_ANSWER_CHARS + 1)))
                .isInstanceOfSatisfying(InterviewException.class,
                        e -> assertThat(e.reason()).isEqualTo(InterviewException.Reason.TOO_LONG));
        assertThatThrownBy(() -> service.answer("0".repeat(32), "hi")).isInstanceOfSatisfying(
                InterviewException.class, e -> assertThat(e.reason()).isEqualTo(InterviewException.Reason.NOT_FOUND));
        assertThat(service.transcript(id).turns()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TurnStatus.ASKED));
        assertThat(service.answer(id, "长".repeat(InterviewService.MAX_ANSWER_CHARS)).grade()).isNotNull();
    }

    @Test
    void anAnswerIsKeptWhenGradingFailsAndGradedOnRetry() {
        AtomicInteger failures = new AtomicInteger(1);
        Grader flaky = request -> {
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("grader down");
            }
            return grader.grade(request);
        };
        InterviewService svc = service(flaky, Interviewer.OFFLINE);
        String id = svc.start(config(List.of("transformer"), 1, 2)).id();

        assertThatThrownBy(() -> svc.answer(id, "variance and unit")).isInstanceOfSatisfying(
                InterviewException.class, e -> assertThat(e.reason()).isEqualTo(InterviewException.Reason.UNAVAILABLE));
        Turn kept = store.load(id).orElseThrow().turns().get(0);
        assertThat(kept.status()).isEqualTo(TurnStatus.ANSWERED);
        assertThat(kept.answer()).isEqualTo("variance and unit");

        Results.Answered retried = svc.answer(id, "variance and unit");
        assertThat(retried.grade().covered()).hasSize(2);
        assertThat(retried.next().kind()).isEqualTo(MessageKind.FOLLOW_UP);
        assertThat(store.load(id).orElseThrow().turns()).hasSize(2);
    }

    @Test
    void aRestartedServiceResumesAnAnswerThatWasNeverGraded() {
        String id = service.start(config(List.of("transformer"), 1, 2)).id();
        store.saveAnswer(id, 0, "unit", CLOCK.instant()); // the process died right after storing the answer

        InterviewService restarted = service(grader, Interviewer.OFFLINE);
        Results.Transcript transcript = restarted.transcript(id);

        assertThat(transcript.turns()).hasSize(2);
        assertThat(transcript.turns().get(0).status()).isEqualTo(TurnStatus.GRADED);
        assertThat(transcript.turns().get(0).answer()).isEqualTo("unit");
        assertThat(transcript.state()).isEqualTo(InterviewState.FOLLOWING_UP);
    }

    @Test
    void eachAnswerCostsOneGradingCallAndOnePhrasingCall() {
        List<PhraseRequest> phrased = new ArrayList<>();
        Interviewer counting = (request, listener) -> {
            phrased.add(request);
            listener.token(request.draft());
            listener.done(Prompt.llm("phrased: " + request.draft(), new TokenUsage(10, 5)));
        };
        InterviewService svc = service(grader, counting);
        String id = svc.start(config(List.of(), 2, 2)).id();
        svc.answer(id, "nothing");
        svc.answer(id, "still nothing");

        assertThat(grader.calls).hasValue(2);
        assertThat(phrased).hasSize(3).extracting(PhraseRequest::kind)
                .containsExactly(MessageKind.QUESTION, MessageKind.FOLLOW_UP, MessageKind.FOLLOW_UP);
        assertThat(phrased.get(1).lastAnswer()).isEqualTo("nothing");
        assertThat(phrased.get(1).target()).isNotBlank();
        List<Turn> turns = store.load(id).orElseThrow().turns();
        assertThat(turns).allSatisfy(t -> {
            assertThat(t.prompt().text()).startsWith("phrased: ");
            assertThat(t.prompt().pending()).isFalse();
        });
        assertThat(svc.report(id).usage()).isEqualTo(new TokenUsage(30, 15));
    }

    @Test
    void aPhrasingThatNeverCompletesLeavesTheDraftAfterARestart() {
        Interviewer hanging = (request, listener) -> listener.token("half a sen");
        InterviewService svc = service(grader, hanging);
        String id = svc.start(config(List.of(), 1, 2)).id();
        assertThat(store.load(id).orElseThrow().turns().get(0).prompt().pending()).isTrue();

        Results.Transcript resumed = service(grader, Interviewer.OFFLINE).transcript(id);

        Prompt prompt = resumed.turns().get(0).prompt();
        assertThat(prompt.pending()).isFalse();
        assertThat(prompt.fallback()).isTrue();
        assertThat(prompt.text()).contains("第 1/1 题").doesNotContain("half a sen");
    }

    @Test
    void drillModeRecordsScoresAndServesWeakCardsFirst() {
        String first = service.start(config(List.of("rlhf"), 2, 0)).id();
        String weakCard = service.transcript(first).turns().get(0).cardId();
        service.answer(first, "no idea");
        service.answer(first, strongAnswer(first));

        InterviewConfig drill = new InterviewConfig(List.of("rlhf"), 1, 0, "zh", 0, InterviewMode.DRILL);
        for (int i = 0; i < 3; i++) {
            String id = service.start(drill).id();
            assertThat(service.transcript(id).turns().get(0).cardId()).isEqualTo(weakCard);
        }
    }

    @Test
    void concurrentInterviewsKeepTheirOwnAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    String id = service.start(config(List.of(), 2, 1)).id();
                    service.answer(id, "answer-" + n + "-a");
                    service.answer(id, "answer-" + n + "-b");
                    return n + ":" + id;
                }));
            }
            for (Future<String> f : ids) {
                String[] parts = f.get().split(":");
                List<String> answers = service.transcript(parts[1]).turns().stream().map(Turn::answer)
                        .filter(a -> !a.isEmpty()).toList();
                assertThat(answers).containsExactly("answer-" + parts[0] + "-a", "answer-" + parts[0] + "-b");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aQuestionWhoseCardLeftTheNotesIsPassedOver() {
        Card gone = Fixtures.card("gone", "Gone", 1, 1);
        KnowledgeBase before = Fixtures.knowledge(gone, Fixtures.card("kept", "Kept", 2, 1));
        KnowledgeBase[] current = {before};
        InterviewService svc = InterviewService.builder(() -> current[0], grader, store).clock(CLOCK)
                .seeds(() -> 1L).build();
        String id = svc.start(config(List.of(), 2, 0)).id();
        svc.command(id, Command.SKIP); // move past the first card
        current[0] = Fixtures.knowledge(Fixtures.card("kept", "Kept", 2, 1));

        Results.Answered answered = svc.answer(id, "kw1-kept");
        assertThat(answered.grade().band()).isEqualTo(Band.STRONG);
        assertThat(svc.report(id).questions()).extracting(Report.QuestionReport::title).contains("gone/gone");
    }

    @Test
    void gradesAFollowUpAgainstItsTargetOnly() {
        String id = service.start(config(List.of("transformer"), 1, 2)).id();
        service.answer(id, "unit");
        service.answer(id, "saturate"); // a follow-up on point 1: point 2 is not what it asks about

        GradeRequest followUp = grader.requests.get(1);
        assertThat(followUp.targetKeyPoints()).containsExactly(1);
        Grade g = store.load(id).orElseThrow().turns().get(1).grade();
        assertThat(g.covered()).isEmpty();
        assertThat(g.missed()).extracting(m -> m.number()).containsExactly(1);
    }
}
