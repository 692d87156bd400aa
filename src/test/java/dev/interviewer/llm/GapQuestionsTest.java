package dev.interviewer.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.FallbackGrader;
import dev.interviewer.grading.Grader;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.Results;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.target.GapCards;
import dev.interviewer.interview.target.TargetAnalyzer;
import dev.interviewer.interview.target.TargetGrader;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.testing.CardBuilder;
import dev.interviewer.testing.InMemoryInterviewStore;
import dev.interviewer.testing.InMemoryReviewSchedule;
import dev.interviewer.testing.InMemoryTargetStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gap questions against an OpenAI-compatible endpoint served by WireMock: the model writes them when the interview
 * is planned, they are asked as written, and only the model's rubric grades them.
 */
class GapQuestionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";
    private static final String GAP_CALL = "one question each, in this order";
    private static final String GRADE_CALL = "Key points (number, weight, text)";
    private static final Card DPO = CardBuilder.card("rlhf/dpo").title("DPO").question("What does DPO optimise?")
            .reference("A classification loss on preference pairs.")
            .keyPoints(List.of(new KeyPoint(1, "preference pairs", "pairs", 1))).build();
    private static final Card KV = CardBuilder.card("inference/kv").title("KV cache").question("What is cached?")
            .reference("Keys and values.").keyPoints(List.of(new KeyPoint(1, "keys and values", "keys", 1))).build();
    private static final String JOB = "- DPO\n- KV cache\n- Kubernetes operators\n";

    private static WireMockServer server;
    private final KnowledgeBase kb = new KnowledgeBase(List.of(DPO, KV), List.of());
    private TargetAnalyzer analyzer;

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
        analyzer = new TargetAnalyzer(() -> query -> query.text().contains("DPO")
                ? List.of(new SearchHit("rlhf/dpo", "DPO", List.of(), "rlhf.md", 0.9, ""))
                : query.text().contains("KV") ? List.of(new SearchHit("inference/kv", "KV", List.of(), "i.md", 0.9, ""))
                : List.of(), () -> kb);
    }

    @AfterEach
    void close() {
        analyzer.close();
    }

    private static ChatModels models() {
        return new ChatModels(new LlmSettings("test-key", server.baseUrl() + "/v1", "test-model",
                Duration.ofMillis(1500)));
    }

    private static ResponseDefinitionBuilder completion(String content) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000).put("model", "test-model");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        return okJson(body.toString());
    }

    private static void modelWrites(String content) {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(GAP_CALL)).willReturn(completion(content)));
    }

    private static void modelGrades(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing(GRADE_CALL)).willReturn(response));
    }

    // The notes' grader never sees a gap question.
    private static final Grader NOTES_ONLY = request -> {
        if (GapCards.isGap(request.card().id())) {
            throw new AssertionError("the offline grader graded a gap question");
        }
        return dev.interviewer.grading.Grade.builder(10, dev.interviewer.grading.Band.STRONG).feedback("ok")
                .card(request.card().id(), true).build();
    };

    private InterviewService service() {
        ChatModels models = models();
        LlmGrader model = LlmGrader.of(models.structured());
        TargetService targets = new TargetService(analyzer, new InMemoryTargetStore(),
                LlmGapWriter.of(models.structured()), new InMemoryReviewSchedule(), List::of, Clock.systemUTC());
        return InterviewService.builder(() -> kb, new TargetGrader(new FallbackGrader(model, NOTES_ONLY), model),
                new InMemoryInterviewStore()).targets(targets).seeds(() -> 3L).build();
    }

    private static InterviewConfig targeted(int questions) {
        return new InterviewConfig(List.of(), questions, 0, "en", 0, InterviewMode.INTERVIEW,
                InterviewStyle.STANDARD, 0, TargetChoice.of(JOB));
    }

    @Test
    void theWriterAsksForOneQuestionPerRequirementInTheInterviewsLanguage() {
        modelWrites("```json\n{\"questions\": [\"How does an operator reconcile state?\", \"What is a CRD for?\"]}"
                + "\n```");

        List<String> questions = LlmGapWriter.of(models().structured())
                .questions(List.of("Kubernetes operators", "CRDs {{now}}"), "zh");

        assertThat(questions).containsExactly("How does an operator reconcile state?", "What is a CRD for?");
        server.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("1. Kubernetes operators"))
                .withRequestBody(containing("Simplified Chinese").or(containing("Chinese")))
                .withRequestBody(containing("CRDs { {now} }")));
    }

    @Test
    void aReplyWithTheWrongNumberOfQuestionsOrNoJsonIsRefused() {
        modelWrites("{\"questions\": [\"Only one?\"]}");
        assertThatThrownBy(() -> LlmGapWriter.of(models().structured()).questions(List.of("a", "b"), "en"))
                .isInstanceOf(InvalidLlmOutputException.class);
        server.resetAll();
        modelWrites("Sure! Here are some questions.");
        assertThatThrownBy(() -> LlmGapWriter.of(models().structured()).questions(List.of("a"), "en"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aGapIsAskedLastAsTheModelWroteItAndGradedByItsRubricAlone() {
        modelWrites("{\"questions\": [\"How does a Kubernetes operator reconcile desired and actual state?\"]}");
        modelGrades(completion("{\"score\": 6, \"covered\": [], \"pitfalls\": [], "
                + "\"feedback\": \"Explains the control loop, not how failures are retried.\"}"));
        InterviewService service = service();

        Results.Started started = service.start(targeted(3));
        String id = started.id();
        service.answer(id, "pairs");
        Results.Answered second = service.answer(id, "keys");
        Results.Answered gap = service.answer(id, "It watches resources and reconciles in a loop.");

        assertThat(second.next().kind()).isEqualTo(MessageKind.QUESTION);
        assertThat(second.next().text()).contains("not in your notes: Kubernetes operators")
                .contains("reconcile desired and actual state?");
        assertThat(gap.grade().engine()).isEqualTo(Engine.LLM);
        assertThat(gap.grade().fallback()).isFalse();
        assertThat(gap.grade().score()).isEqualTo(6.0);
        assertThat(gap.grade().cardId()).startsWith(GapCards.PREFIX);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(GAP_CALL)));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(GRADE_CALL))
                .withRequestBody(containing("Not in the candidate's notes")));
    }

    @Test
    void withTheModelsGradeBesideThePhrasingAGapIsStillGradedOnceByTheModel() {
        modelWrites("{\"questions\": [\"How does a Kubernetes operator reconcile desired and actual state?\"]}");
        modelGrades(completion("{\"score\": 6, \"covered\": [], \"pitfalls\": [], \"feedback\": \"A loop.\"}"));
        ChatModels models = models();
        LlmGrader model = LlmGrader.of(models.structured());
        TargetService targets = new TargetService(analyzer, new InMemoryTargetStore(),
                LlmGapWriter.of(models.structured()), new InMemoryReviewSchedule(), List::of, Clock.systemUTC());
        // Wired as the app does with a model: the flow's grader is offline except for gaps, the model follows.
        InterviewService service = InterviewService.builder(() -> kb, new TargetGrader(NOTES_ONLY, model),
                new InMemoryInterviewStore()).targets(targets).seeds(() -> 3L)
                .modelGrader(model, Duration.ofSeconds(5)).build();
        String id = service.start(targeted(3)).id();
        service.answer(id, "pairs");
        service.answer(id, "keys");

        Results.Answered gap = service.answer(id, "It watches resources and reconciles in a loop.");

        assertThat(gap.grade().engine()).isEqualTo(Engine.LLM);
        assertThat(gap.grade().score()).isEqualTo(6.0);
        assertThat(gap.next().kind()).isEqualTo(MessageKind.END);
        server.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing(GRADE_CALL))
                .withRequestBody(containing("Not in the candidate's notes")));
    }

    @Test
    void whenTheModelCannotGradeAGapTheAnswerIsKeptAndTheInterviewGoesOn() {
        modelWrites("{\"questions\": [\"How does a Kubernetes operator reconcile state?\"]}");
        modelGrades(aResponse().withStatus(500));
        InterviewService service = service();
        String id = service.start(targeted(3)).id();
        service.answer(id, "pairs");
        service.answer(id, "keys");

        Results.Answered gap = service.answer(id, "A control loop.");

        assertThat(gap.grade().fallback()).isTrue();
        assertThat(gap.grade().score()).isZero();
        assertThat(gap.grade().matched()).isFalse();
        assertThat(gap.grade().feedback()).contains("could not grade").contains("no offline grade");
        assertThat(gap.next().kind()).isEqualTo(MessageKind.END);
        assertThat(service.transcript(id).turns().get(2).answer()).isEqualTo("A control loop.");
    }

    @Test
    void whenTheModelCannotWriteGapsTheInterviewAsksFromTheNotes() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));

        Results.Started started = service().start(targeted(3));

        assertThat(started.questions()).isEqualTo(2);
    }

    @Test
    void theLlmInterviewerSaysAVerbatimQuestionWithoutCallingTheModel() throws Exception {
        try (LlmInterviewer interviewer = new LlmInterviewer(models().streaming(), Duration.ofSeconds(1),
                Duration.ofSeconds(1))) {
            RecordingListener listener = new RecordingListener();
            interviewer.phrase(new PhraseRequest("i", 2, MessageKind.QUESTION, "en", "t", "Why?", "", "", 3, 3, "",
                    "Question 3 of 3 (not in your notes: X): Why?", "pressure", true), listener);

            assertThat(listener.visible.toString()).isEqualTo("Question 3 of 3 (not in your notes: X): Why?");
            assertThat(listener.done.engine()).isEqualTo(Engine.OFFLINE);
            assertThat(server.getAllServeEvents()).isEmpty();
        }
    }
}
