package dev.interviewer.llm;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Bands;
import dev.interviewer.grading.CardReferences;
import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.grading.PitfallHit;
import dev.interviewer.interview.ModelGrader;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import dev.interviewer.lang.Wording;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Grades with an LLM through {@link GradingAssistant}. The model proposes; this class checks the proposal against
 * the card (score range, key point and pitfall numbers, quotes that really occur in the answer) and caps the score
 * by the key points it could justify. Anything unusable throws, so {@code FallbackGrader} grades offline instead.
 */
public final class LlmGrader implements Grader, ModelGrader {
    public static final Engine ENGINE = Engine.LLM;
    private static final int MAX_REFERENCE_CHARS = 3000;
    // A score may exceed what the covered points justify by this much (the model weighs depth), not more.
    private static final double SCORE_SLACK = 1.5;
    private static final double PITFALLS_DOMINATE = 0.5;

    private final GradingAssistant assistant;

    public LlmGrader(GradingAssistant assistant) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
    }

    public static LlmGrader of(ChatModel model) {
        return new LlmGrader(AiServices.builder(GradingAssistant.class).chatModel(model).build());
    }

    @Override
    public Grade grade(GradeRequest request) {
        return gradeWithUsage(request).grade();
    }

    /** The grade and the tokens of its call; throws when the call fails or its output is unusable. */
    @Override
    public ModelGrade gradeWithUsage(GradeRequest request) {
        long start = System.nanoTime();
        Result<LlmVerdict> result = assistant.grade(prompt(request));
        if (result == null) {
            throw new InvalidLlmOutputException("no response");
        }
        if (result.finishReason() == FinishReason.LENGTH) {
            throw new InvalidLlmOutputException("the output was cut off at the token limit");
        }
        Grade grade = toGrade(request, result.content());
        return new ModelGrade(grade.withLatency((System.nanoTime() - start) / 1_000_000), usage(result.tokenUsage()));
    }

    static TokenUsage usage(dev.langchain4j.model.output.TokenUsage u) {
        if (u == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(u.inputTokenCount() == null ? 0 : u.inputTokenCount(),
                u.outputTokenCount() == null ? 0 : u.outputTokenCount());
    }

    /** The user prompt: the card's reference, numbered key points and pitfalls, and the answer fenced as data. */
    static String prompt(GradeRequest request) {
        Card card = request.card();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("question", inert(request.question()));
        values.put("source", card.source());
        values.put("reference", clip(card.reference()));
        values.put("key_points", keyPoints(request));
        values.put("pitfalls", pitfalls(card));
        values.put("language", Wording.of(request.language()).text("language.name"));
        String fence = AnswerFence.choose(request.answer());
        values.put("fence", fence);
        values.put("answer", inert(request.answer()));
        return Prompts.render("grader-user.txt", values);
    }

    private static String keyPoints(GradeRequest request) {
        StringBuilder out = new StringBuilder();
        for (KeyPoint p : targets(request)) {
            out.append(p.number()).append(". [w=").append(format(p.weight())).append("] ").append(p.text());
            if (!p.english().isBlank()) {
                out.append(" | en: ").append(p.english());
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static String pitfalls(Card card) {
        if (card.pitfalls().isEmpty()) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < card.pitfalls().size(); i++) {
            Pitfall p = card.pitfalls().get(i);
            out.append(i + 1).append(". ").append(p.claim());
            if (!p.english().isBlank()) {
                out.append(" | en: ").append(p.english());
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    static Grade toGrade(GradeRequest request, LlmVerdict verdict) {
        if (verdict == null) {
            throw new InvalidLlmOutputException("no verdict");
        }
        if (!(verdict.score() >= 0 && verdict.score() <= 10)) {
            throw new InvalidLlmOutputException("score out of range: " + verdict.score());
        }
        if (verdict.feedback() == null || verdict.feedback().isBlank()) {
            throw new InvalidLlmOutputException("no feedback");
        }
        List<KeyPoint> targets = targets(request);
        Map<Integer, String> covered = numbered(verdict.covered(), "key point", targets.stream()
                .map(KeyPoint::number).toList(), request.answer());
        List<Integer> pitfallNumbers = new ArrayList<>();
        for (int i = 1; i <= request.card().pitfalls().size(); i++) {
            pitfallNumbers.add(i);
        }
        Map<Integer, String> asserted = numbered(verdict.pitfalls(), "pitfall", pitfallNumbers, request.answer());
        return build(request, verdict, targets, covered, asserted);
    }

    private static Grade build(GradeRequest request, LlmVerdict verdict, List<KeyPoint> targets,
            Map<Integer, String> covered, Map<Integer, String> asserted) {
        List<CoveredPoint> coveredPoints = new ArrayList<>();
        List<MissedPoint> missed = new ArrayList<>();
        double total = 0;
        double earned = 0;
        for (KeyPoint p : targets) {
            total += p.weight();
            if (covered.containsKey(p.number())) {
                earned += p.weight();
                coveredPoints.add(new CoveredPoint(p.number(), p.text(), p.weight(), covered.get(p.number()), 1.0));
            } else {
                missed.add(new MissedPoint(p.number(), p.text(), p.weight()));
            }
        }
        List<PitfallHit> hits = new ArrayList<>();
        asserted.forEach((n, quote) -> {
            Pitfall p = request.card().pitfalls().get(n - 1);
            hits.add(new PitfallHit(p.claim(), p.correction(), quote));
        });
        // Notes without key points leave the score to the model.
        double coverage = total == 0 ? 1 : earned / total;
        // The code decides: the model's number is kept only as far as the points it could quote justify it.
        double score = Bands.round(Math.min(verdict.score(), 10 * coverage + SCORE_SLACK));
        boolean empty = request.answer().isBlank();
        Band band = Bands.of(score, empty, false, !hits.isEmpty() && coverage < PITFALLS_DOMINATE);
        return Grade.builder(empty ? 0 : score, band).covered(coveredPoints).missed(missed).pitfalls(hits)
                .feedback(verdict.feedback().strip()).references(CardReferences.of(request.card())).engine(ENGINE)
                .card(request.card().id(), true).build();
    }

    /**
     * The numbered items of the verdict, each checked against the allowed numbers (an unknown number makes the
     * verdict invalid) and its quote against the answer (a quote the answer does not contain is dropped).
     */
    private static Map<Integer, String> numbered(List<LlmVerdict.Evidence> items, String what, List<Integer> allowed,
            String answer) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (LlmVerdict.Evidence e : items == null ? List.<LlmVerdict.Evidence>of() : items) {
            if (e == null || !allowed.contains(e.number())) {
                throw new InvalidLlmOutputException("unknown " + what + ": " + (e == null ? null : e.number()));
            }
            String quote = e.quote() == null ? "" : e.quote().strip();
            if (AnswerFence.quotes(answer, quote)) {
                out.putIfAbsent(e.number(), quote);
            }
        }
        return out;
    }

    private static List<KeyPoint> targets(GradeRequest request) {
        List<KeyPoint> all = request.card().keyPoints();
        List<KeyPoint> targets = all.stream().filter(p -> request.targetKeyPoints().contains(p.number())).toList();
        return targets.isEmpty() ? all : targets;
    }

    // LangChain4j treats the user message as a template: braces in candidate text must not look like variables.
    private static String inert(String text) {
        return text.replace("{{", "{ {").replace("}}", "} }");
    }

    private static String clip(String text) {
        String t = inert(text.strip());
        return t.length() <= MAX_REFERENCE_CHARS ? t : t.substring(0, MAX_REFERENCE_CHARS) + " …";
    }

    private static String format(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((int) weight) : String.format(Locale.ROOT, "%.1f", weight);
    }
}
