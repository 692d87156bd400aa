package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled notes exported to Anki and imported back give every card again with the same question and the same
 * reference: equal but for line breaks, indentation and how a table's rule is drawn.
 */
class BundledNotesRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyBundledCardComesBackWithItsQuestionAndReference() throws Exception {
        KnowledgeBase bundled = new NotesLoader().load(Path.of("knowledge"));
        List<Card> cards = bundled.answerableCards();
        new AnkiExporter(Clock.systemUTC()).export(cards, dir.resolve("all.apkg"));
        new CardImporter().importFile(dir.resolve("all.apkg"), dir.resolve("notes"), "", false);

        KnowledgeBase back = new NotesLoader().load(dir.resolve("notes"));
        assertThat(back.problems()).isEmpty();
        Map<String, Card> byQuestion = new HashMap<>();
        back.cards().forEach(c -> byQuestion.put(c.question(), c));
        assertThat(byQuestion.keySet()).containsExactlyInAnyOrderElementsOf(
                cards.stream().map(Card::question).toList());
        for (Card card : cards) {
            assertThat(layoutFree(byQuestion.get(card.question()).reference())).as(card.id())
                    .isEqualTo(layoutFree(card.reference()));
        }
    }

    private static String layoutFree(String markdown) {
        return markdown.replaceAll("\\|\\s*:?-{3,}:?\\s*(?=\\|)", "|---").replaceAll("\\s+", "");
    }
}
