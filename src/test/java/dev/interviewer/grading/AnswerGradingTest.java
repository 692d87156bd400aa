package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.retrieval.CardSearch;
import dev.interviewer.retrieval.SearchHit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerGradingTest {
    private static final double THRESHOLD = 0.3;
    private final List<GradeRequest> graded = new ArrayList<>();
    private final Grader recording = request -> {
        graded.add(request);
        return Grade.builder(6, Band.PARTIAL).feedback("ok").latencyMs(1).card(request.card().id(), true).build();
    };

    private static SearchHit hit(Card card, double score) {
        return new SearchHit(card.id(), card.title(), card.path(), card.source(), score, "");
    }

    private AnswerGrading grading(CardSearch search) {
        return new AnswerGrading(search, () -> Fixtures.KNOWLEDGE, recording, THRESHOLD);
    }

    @Test
    void theQuestionIsGradedAgainstTheBestMatchingCard() {
        AnswerGrading grading = grading(q -> List.of(hit(Fixtures.NORMS, 0.8), hit(Fixtures.ATTENTION, 0.4)));
        Grade grade = grading.grade("RMSNorm 和 LayerNorm 有什么不同", "RMSNorm 不减均值。");
        assertThat(graded).singleElement().satisfies(r -> {
            assertThat(r.card()).isEqualTo(Fixtures.NORMS);
            assertThat(r.question()).isEqualTo("RMSNorm 和 LayerNorm 有什么不同");
            assertThat(r.language()).isEqualTo("zh");
        });
        assertThat(grade.cardId()).isEqualTo(Fixtures.NORMS.id());
    }

    @Test
    void anEnglishAnswerGetsEnglishFeedback() {
        grading(q -> List.of(hit(Fixtures.NORMS, 0.8))).grade("LayerNorm vs RMSNorm?", "RMSNorm skips the mean.");
        assertThat(graded).singleElement().extracting(GradeRequest::language).isEqualTo("en");
    }

    @Test
    void noGoodMatchGivesAnUnmatchedGradeInsteadOfGradingAgainstAWrongCard() {
        Grade grade = grading(q -> List.of(hit(Fixtures.NORMS, 0.12))).grade("红烧肉怎么做？", "先炒糖色。");
        assertThat(graded).isEmpty();
        assertThat(grade.matched()).isFalse();
        assertThat(grade.band()).isEqualTo(Band.OFF_TOPIC);
        assertThat(grade.score()).isZero();
        assertThat(grade.cardId()).isEmpty();
        assertThat(grade.feedback()).contains("没有与这个问题匹配");
    }

    @Test
    void noHitsAtAllIsUnmatchedWithEnglishFeedbackForAnEnglishAnswer() {
        Grade grade = grading(q -> List.of()).grade("How do I cook rice?", "Boil it.");
        assertThat(grade.matched()).isFalse();
        assertThat(grade.feedback()).startsWith("No note matches this question");
    }

    @Test
    void aKnownCardIsGradedDirectly() {
        grading(q -> {
            throw new AssertionError("no search for a known card");
        }).grade(Fixtures.ATTENTION, "为什么除以根号 d？", "方差变大。", "zh");
        assertThat(graded).singleElement().extracting(GradeRequest::card).isEqualTo(Fixtures.ATTENTION);
    }
}
