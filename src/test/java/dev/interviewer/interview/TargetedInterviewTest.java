package dev.interviewer.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.interview.model.SavedTarget;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.interview.phrasing.Interviewer;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.report.Report;
import dev.interviewer.interview.target.GapCards;
import dev.interviewer.interview.target.GapWriter;
import dev.interviewer.interview.target.TargetAnalyzer;
import dev.interviewer.interview.target.TargetGrader;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.testing.InMemoryInterviewStore;
import dev.interviewer.testing.InMemoryReviewSchedule;
import dev.interviewer.testing.InMemoryTargetStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Targeted interviews end to end in the service: the plan, gap questions, grading, the report by requirement. */
class TargetedInterviewTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String JOB = """
            ML Engineer

            Requirements
            - Deep experience with DPO
            - KV cache for inference
            - LoRA fine-tuning
            - Kubernetes operators
            - Strong communication skills
            """;
    // The notes' search, as the fixture cards would answer: each requirement finds its card; Kubernetes nothing.
    private static final Map<String, List<SearchHit>> HITS = Map.of(
            "dpo", List.of(hit("rlhf/dpo", 0.9), hit("rlhf/ppo", 0.65)),
            "kv cache", List.of(hit("inference/kv", 0.9)),
            "lora", List.of(hit("finetuning/lora", 0.85)));

    private final KnowledgeBase kb = Fixtures.sixCards();
    private final KeywordGrader notesGrader = new KeywordGrader();
    private final ModelGrader modelGrader = new ModelGrader();
    private final InMemoryInterviewStore store = new InMemoryInterviewStore();
    private final InMemoryTargetStore targetStore = new InMemoryTargetStore();
    private final List<PhraseRequest> phrased = new CopyOnWriteArrayList<>();
    private final TargetAnalyzer analyzer = new TargetAnalyzer(() -> TargetedInterviewTest::search, () -> kb);

    @AfterEach
    void close() {
        analyzer.close();
    }

    private static SearchHit hit(String id, double score) {
        return new SearchHit(id, id, List.of(), id + ".md", score, "");
    }

    private static List<SearchHit> search(dev.interviewer.retrieval.SearchQuery query) {
        String q = query.text().toLowerCase(Locale.ROOT);
        return HITS.entrySet().stream().filter(e -> q.contains(e.getKey())).findFirst().map(Map.Entry::getValue)
                .orElse(List.of());
    }

    /** Grades gap questions like a model would: by its own rubric, no key points. */
    private static final class ModelGrader implements Grader {
        final List<GradeRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public Grade grade(GradeRequest request) {
            requests.add(request);
            return Grade.builder(7.0, Band.PARTIAL).feedback("model rubric").card(request.card().id(), true).build();
        }
    }

    private final Interviewer recording = new Interviewer() {
        @Override
        public void phrase(PhraseRequest request, dev.interviewer.interview.phrasing.MessageListener listener) {
            phrased.add(request);
            listener.token(request.draft());
            listener.done(Prompt.offline(request.draft()));
        }
    };

    private InterviewService service(GapWriter writer) {
        TargetService targets = new TargetService(analyzer, targetStore, writer, new InMemoryReviewSchedule(),
                store::list, CLOCK);
        return InterviewService.builder(() -> kb, new TargetGrader(notesGrader, modelGrader), store)
                .targets(targets).interviewer(recording).clock(CLOCK).seeds(() -> 11L).build();
    }

    private static InterviewConfig targeted(int questions, InterviewMode mode, TargetChoice target) {
        return new InterviewConfig(List.of(), questions, 0, "en", 0, mode, InterviewStyle.STANDARD, 0, target);
    }

    private static InterviewConfig targeted(int questions) {
        return targeted(questions, InterviewMode.INTERVIEW, TargetChoice.of(JOB));
    }

    private static List<String> askedCards(InterviewService service, String id) {
        return service.transcript(id).turns().stream().map(t -> t.cardId()).distinct().toList();
    }

    /** Answers every question with the keywords of its card, to the end. */
    private static void answerAll(InterviewService service, String id, KnowledgeBase kb) {
        for (int i = 0; i < 20 && !service.transcript(id).status().over(); i++) {
            String card = service.transcript(id).turns().get(service.transcript(id).turns().size() - 1).cardId();
            String answer = kb.card(card).map(c -> String.join(" ", c.keyPoints().stream()
                    .map(k -> k.english()).toList())).orElse("an answer about the gap");
            service.answer(id, answer);
        }
    }

    @Test
    void offlineATargetedInterviewAsksOnlyTheCoveredRequirementsCardsAndSaysGapsAreSkipped() {
        InterviewService service = service(null);

        Results.Started started = service.start(targeted(5));
        answerAll(service, started.id(), kb);

        assertThat(started.questions()).isEqualTo(4);
        assertThat(askedCards(service, started.id())).containsExactlyInAnyOrder("rlhf/dpo", "rlhf/ppo",
                "inference/kv", "finetuning/lora");
        assertThat(started.message().text()).contains("3 of 4 requirements are in your notes")
                .contains("Gaps are not asked offline");
        assertThat(modelGrader.requests).isEmpty();
    }

    @Test
    void theReportGroupsScoresByRequirement() {
        InterviewService service = service(null);
        String id = service.start(targeted(3)).id();
        answerAll(service, id, kb);

        Report report = service.report(id);

        assertThat(report.requirements()).extracting(Report.RequirementScore::requirement)
                .containsExactlyInAnyOrder("DPO", "KV cache for inference", "LoRA fine-tuning");
        assertThat(report.requirements()).allSatisfy(r -> {
            assertThat(r.average()).isEqualTo(10.0);
            assertThat(r.questions()).isEqualTo(1);
            assertThat(r.gap()).isFalse();
        });
        assertThat(service.report(service.start(new InterviewConfig(List.of(), 1, 0, "en", 0,
                InterviewMode.INTERVIEW)).id()).requirements()).isEmpty();
    }

    @Test
    void withAModelAGapIsAskedLastAsWrittenLabelledAndGradedByTheModelOnly() {
        List<List<String>> asked = new CopyOnWriteArrayList<>();
        InterviewService service = service((requirements, language) -> {
            asked.add(requirements);
            return requirements.stream().map(r -> "How would you design " + r + " for a training cluster?").toList();
        });

        Results.Started started = service.start(targeted(3));
        String id = started.id();
        answerAll(service, id, kb);

        assertThat(asked).containsExactly(List.of("Kubernetes operators"));
        List<String> cards = askedCards(service, id);
        assertThat(cards).hasSize(3);
        assertThat(cards.get(2)).startsWith(GapCards.PREFIX);
        PhraseRequest gap = phrased.stream().filter(PhraseRequest::verbatim).findFirst().orElseThrow();
        assertThat(gap.draft()).contains("not in your notes: Kubernetes operators")
                .contains("How would you design Kubernetes operators for a training cluster?");
        assertThat(modelGrader.requests).hasSize(1);
        assertThat(modelGrader.requests.get(0).card().id()).isEqualTo(cards.get(2));
        assertThat(notesGrader.requests).noneMatch(r -> GapCards.isGap(r.card().id()));
        Report report = service.report(id);
        assertThat(report.requirements()).filteredOn(Report.RequirementScore::gap).singleElement()
                .satisfies(r -> assertThat(r.average()).isEqualTo(7.0));
        assertThat(report.questions().get(2).reference()).contains("Not in the candidate's notes");
    }

    @Test
    void whenTheModelCannotWriteTheGapsTheInterviewAsksFromTheNotesOnly() {
        InterviewService service = service((requirements, language) -> {
            throw new IllegalStateException("model down");
        });

        Results.Started started = service.start(targeted(6));

        assertThat(started.questions()).isEqualTo(4);
        assertThat(askedCards(service, started.id())).noneMatch(GapCards::isGap);
    }

    @Test
    void aSavedTargetIsPlannedByIdAndKeepsItsInterviews() {
        InterviewService service = service(null);
        SavedTarget saved = targetStore.save("Acme ML", JOB, CLOCK.instant());

        String id = service.start(targeted(2, InterviewMode.DRILL,
                new TargetChoice("", saved.id(), "", Reach.CLOSE, true))).id();

        assertThat(service.transcript(id).config().target().name()).isEqualTo("Acme ML");
        assertThat(service.transcript(id).config().target().text()).isEqualTo(saved.text());
        assertThat(targetStore.interviewIds(saved.id())).containsExactly(id);
        assertThatThrownBy(() -> service.start(targeted(2, InterviewMode.DRILL,
                new TargetChoice("", "nope", "", Reach.CLOSE, true))))
                .isInstanceOf(InterviewException.class).hasMessageContaining("no saved target with id nope");
    }

    @Test
    void aTargetTheNotesDoNotCoverIsRefusedWithTheReason() {
        InterviewService service = service(null);

        assertThatThrownBy(() -> service.start(targeted(3, InterviewMode.INTERVIEW,
                TargetChoice.of("- Kubernetes operators\n- Terraform modules"))))
                .isInstanceOf(InterviewException.class).hasMessageContaining("none of the target's 2 requirements");
    }

    @Test
    void theFirstQuestionIsPhrasedAsAQuestionInTheChosenStyle() {
        InterviewService service = service(null);
        InterviewConfig pressure = new InterviewConfig(List.of(), 2, 0, "en", 0, InterviewMode.INTERVIEW,
                InterviewStyle.PRESSURE, 2, TargetChoice.of(JOB));

        service.start(pressure);

        assertThat(phrased.get(0).kind()).isEqualTo(MessageKind.QUESTION);
        assertThat(phrased.get(0).style()).isEqualTo("pressure");
    }
}
