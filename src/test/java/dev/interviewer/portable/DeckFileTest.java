package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NoteParser;
import dev.interviewer.knowledge.ParsedNote;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever a bank holds, each imported card must come back from the app's own parser as exactly that card. */
class DeckFileTest {

    private static ImportedCard card(String question, String answer) {
        return new ImportedCard(List.of("Deck"), "", question, "", answer, List.of(), List.of(), List.of(), 0,
                Set.of(), "line 1");
    }

    private static ParsedNote parse(ImportedCard... cards) {
        List<String> parts = new DeckFile("Deck", "bank.csv").parts(List.of(cards), NotesWriter.MAX_FILE_BYTES);
        assertThat(parts).hasSize(1);
        return new NoteParser().parse("deck.md", parts.get(0));
    }

    @Test
    void aQuestionWithMarkdownCharactersAndNewlinesIsOneHeading() {
        ParsedNote note = parse(card("# not a heading\nline two", "a"), card("Is C #", "b"),
                card("What is\n\n---\n\nthis?", "c"), card("<!-- hidden? --> shown?", "d"));
        assertThat(note.problems()).isEmpty();
        assertThat(note.cards()).extracting(Card::title, Card::reference).containsExactly(
                tuple("# not a heading line two", "a"), tuple("Is C #", "b"), tuple("What is --- this?", "c"),
                tuple("shown?", "d"));
    }

    @Test
    void anAnswerCannotStartANewCard() {
        String answer = "intro\n# Heading inside\n## Another\nsetext\n---\nsetext two\n===\n\n**Q: looks like a "
                + "question?**\n\n**问：这也是？**";
        ParsedNote note = parse(card("Q1?", answer), card("Q2?", "x"));
        assertThat(note.problems()).isEmpty();
        assertThat(note.cards()).extracting(Card::title).containsExactly("Q1?", "Q2?");
        assertThat(note.cards().get(0).reference()).contains("\\# Heading inside", "setext", "Q: looks like");
    }

    @Test
    void anAnswerCannotStartAnAnnotation() {
        String answer = "Body.\n\n**Tags**: not, tags\n\n**Key points**\n- not a key point\n\n**Source:** a book"
                + "\n\n**Trade-off**: bold terms that are not labels stay bold";
        Card card = parse(card("Q?", answer)).cards().get(0);
        assertThat(card.tags()).isEmpty();
        assertThat(card.sources()).isEmpty();
        assertThat(card.reference()).contains("Body.", "Tags: not, tags", "not a key point", "Source: a book",
                "**Trade-off**: bold terms");
    }

    @Test
    void anUnclosedFenceOrCommentInAnAnswerDoesNotSwallowTheNextCards() {
        ParsedNote note = parse(card("Q1?", "```java\nint x;"), card("Q2?", "text <!-- open"), card("Q3?", "y"));
        assertThat(note.problems()).isEmpty();
        assertThat(note.cards()).extracting(Card::title).containsExactly("Q1?", "Q2?", "Q3?");
        assertThat(note.cards().get(0).reference()).isEqualTo("```java\nint x;\n```");
    }

    @Test
    void annotationsComeBackAsTheCardsKeyPointsSourcesQuestionLevelAndTags() {
        ImportedCard full = new ImportedCard(List.of("Deck"), "Topic", "The [...] of France", "Fill in the blank: "
                + "The [...] of France", "Paris", List.of("[w=3] capital", "second"), List.of("Wikipedia"),
                List.of("geo, europe", "#city", "a;b"), 2, Set.of(), "line 1");
        Card card = parse(full).cards().get(0);
        assertThat(card.question()).isEqualTo("Fill in the blank: The [...] of France");
        assertThat(card.keyPoints()).extracting(KeyPoint::text, KeyPoint::weight)
                .containsExactly(tuple("capital", 3.0), tuple("second", 1.0));
        assertThat(card.sources()).containsExactly("Wikipedia");
        assertThat(card.level()).isEqualTo(2);
        assertThat(card.tags()).containsExactly("geo_ europe", "city", "a_b");
        assertThat(card.path()).containsExactly("Topic");
        assertThat(card.reference()).isEqualTo("Paris");
    }

    @Test
    void annotationsAreWrittenWithTheDefaultLanguagesLabels() {
        ImportedCard full = new ImportedCard(List.of("Deck"), "", "The [...] of France", "Fill in the blank: "
                + "The [...] of France", "Paris", List.of("[w=3] capital", "second"), List.of("Wikipedia"),
                List.of("geo, europe", "#city", "a;b"), 2, Set.of(), "line 1");
        assertThat(DeckFile.card(full)).isEqualTo("## The [...] of France\n\nParis\n\n**要点**\n- [w=3] capital\n"
                + "- second\n\n**来源**\n- Wikipedia\n\n**问题**：Fill in the blank: The [...] of France\n\n"
                + "**难度**：2\n\n**标签**：geo_ europe, city, a_b\n\n");
    }

    @Test
    void aRequestIsAskedAsWrittenAndAShortFrontAsTheNotesAskATitle() {
        ParsedNote note = parse(card("手写一个 softmax。", "x"), card("简述 KV cache", "x"),
                card("Implement softmax.", "x"), card("KV cache", "x"));
        assertThat(note.cards()).extracting(Card::question).containsExactly("手写一个 softmax。", "简述 KV cache",
                "Implement softmax.", "Explain KV cache");
    }

    @Test
    void aLargeDeckIsSplitIntoPartsTheLoaderAccepts() {
        List<ImportedCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cards.add(card("Question " + i + "?", "x".repeat(100)));
        }
        List<String> parts = new DeckFile("Deck", "bank.csv").parts(cards, 2_000);
        assertThat(parts.size()).isGreaterThan(2);
        int total = 0;
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(2_000);
            ParsedNote note = new NoteParser().parse("deck.md", part);
            assertThat(note.cards().get(0).topic()).isEqualTo("Deck");
            total += note.cards().size();
        }
        assertThat(total).isEqualTo(40);
        assertThat(KnowledgeBase.empty().size()).isZero();
    }
}
