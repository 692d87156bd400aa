package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An English answer to plain Chinese notes (no English glosses): a clause close in meaning to a point but naming none
 * of its glossary concepts is gated as within one language, so a right answer is not "covered better" by the
 * neighbouring Chinese card and called off-topic.
 */
class CrossLanguagePlainNotesTest {
    // From the bundled dev set (efficiency-and-memory.jsonl:4, expert 9): before the gate it covered the "代码" card
    // better than its own and was called off-topic (1.0).
    private static final String ANSWER = "Yes in principle, since gradients add linearly, but only if the loss is "
            + "normalized the same way. The LM loss is a mean over valid tokens per micro-batch, then DDP averages over "
            + "ranks, then we divide by the accumulation steps: a mean of means. With 10 vs 100 valid tokens, tokens in "
            + "the short micro-batch get 10x the weight. Packed pretraining barely notices; variable-length SFT does. "
            + "Fix: divide the summed token losses by the global valid-token count.";

    private final KnowledgeBase notes = new NotesLoader().load(notes());
    private final OfflineGrader grader = new OfflineGrader(
            new CardVectors(InProcessEmbedder.bge(), new LexicalTerms()), () -> notes);

    @Test
    void aRightEnglishAnswerIsGradedOnItsCardNotGivenToTheNeighbour() {
        Card asked = card("梯度累积两次");
        Grade grade = grader.grade(new GradeRequest(asked, asked.question(), ANSWER, Set.of(), "en"));
        assertThat(grade.band()).isNotEqualTo(Band.OFF_TOPIC);
        assertThat(grade.score()).isGreaterThanOrEqualTo(6);
    }

    private Card card(String titleStart) {
        return notes.cards().stream().filter(c -> c.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    private static Path notes() {
        try {
            return Path.of(CrossLanguagePlainNotesTest.class.getResource("/notes/plain-cross-language").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
