package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import dev.interviewer.retrieval.TextEmbedder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Drafts read ahead: the sent answer embeds only what changed, and its grade is the same as without a draft. */
class ReadAheadTest {
    private static final TextEmbedder MODEL = InProcessEmbedder.bge();
    private static final KnowledgeBase NOTES = new KnowledgeBase(List.of(Fixtures.ATTENTION), List.of());
    private static final String ANSWER = "点积的方差随维度 d_k 线性增长，logits 变大会让 softmax 饱和，梯度很小，"
            + "所以除以根号 d_k，把方差拉回 1。";

    private final RecordingEmbedder answers = new RecordingEmbedder(MODEL);
    private final CardVectors vectors = new CardVectors(MODEL, answers, new LexicalTerms());
    private final OfflineGrader grader = new OfflineGrader(vectors, () -> NOTES);

    @Test
    void aDraftOfTheWholeAnswerLeavesNothingToEmbedAndTheSameGrade() throws InterruptedException {
        Grade without = new OfflineGrader(new CardVectors(MODEL, new LexicalTerms()), () -> NOTES)
                .grade(GradeRequest.of(Fixtures.ATTENTION, ANSWER));

        grader.readAhead(ANSWER);
        awaitReadAhead(AnswerReader.clauses(ANSWER).size());
        answers.texts.clear();
        Grade with = grader.grade(GradeRequest.of(Fixtures.ATTENTION, ANSWER));

        assertThat(answers.texts).isEmpty();
        assertThat(with.score()).isEqualTo(without.score());
        assertThat(with.band()).isEqualTo(without.band());
        assertThat(with.covered()).extracting(CoveredPoint::number)
                .containsExactlyElementsOf(without.covered().stream().map(CoveredPoint::number).toList());
    }

    @Test
    void aDraftWithoutTheLastClauseLeavesOnlyThatClause() throws InterruptedException {
        String draft = "点积的方差随维度 d_k 线性增长，logits 变大会让 softmax 饱和，梯度很小，所以除以根号 d_k，把方差";
        grader.readAhead(draft);
        awaitReadAhead(AnswerReader.clauses(draft).size());
        answers.texts.clear();

        grader.grade(GradeRequest.of(Fixtures.ATTENTION, ANSWER));

        assertThat(AnswerReader.clauses(ANSWER)).hasSize(5);
        assertThat(answers.texts).containsExactly("把方差拉回 1");
    }

    @Test
    void aVectorIsHandedOutOnceSoUnsentDraftsDoNotPileUp() throws InterruptedException {
        grader.readAhead(ANSWER);
        awaitReadAhead(AnswerReader.clauses(ANSWER).size());
        grader.grade(GradeRequest.of(Fixtures.ATTENTION, ANSWER));
        answers.texts.clear();

        grader.grade(GradeRequest.of(Fixtures.ATTENTION, ANSWER));

        assertThat(answers.texts).isNotEmpty();
    }

    @Test
    void theClausesHeldAreBounded() {
        ClauseVectors held = new ClauseVectors(new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return new float[] {1};
            }

            @Override
            public String modelId() {
                return "one";
            }

            @Override
            public int dimensions() {
                return 1;
            }
        });
        held.readAhead(IntStream.range(0, ClauseVectors.MAX_CLAUSES + 50).mapToObj(i -> "clause " + i).toList());

        assertThat(held.held()).isEqualTo(ClauseVectors.MAX_CLAUSES);
    }

    // A clause still being embedded is waited for, never embedded twice: started is enough.
    private void awaitReadAhead(int clauses) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (answers.texts.size() < clauses && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(answers.texts).hasSizeGreaterThanOrEqualTo(clauses);
    }
}
