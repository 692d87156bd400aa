package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrokenNotesTest {
    @Test
    void anUnclosedFenceIsReportedAtItsLineAndTheCardsBeforeItSurvive() {
        ParsedNote note = Fixtures.parse("broken/unclosed-fence.md");
        assertThat(note.problems()).extracting(NoteProblem::line, NoteProblem::message).containsExactly(
                tuple(9, "code fence ``` is never closed: the rest of the file is read as code"));
        // "Code" says where it sits, not what it is about: titled with its parent.
        assertThat(note.cards()).extracting(Card::title).containsExactly("Before", "Notes · Code");
        assertThat(Fixtures.card(note, "Before").reference()).isEqualTo("Fine text.");
    }

    @Test
    void duplicateTitlesAreReportedAndGetDistinctIds() {
        ParsedNote note = Fixtures.parse("broken/duplicate-titles.md");
        assertThat(note.cards()).extracting(Card::id, Card::line).containsExactly(
                tuple("broken/duplicate-titles/梯度累计-代码", 3),
                tuple("broken/duplicate-titles/显存-代码", 9),
                tuple("broken/duplicate-titles/梯度累计-代码-2", 13));
        assertThat(note.problems()).extracting(NoteProblem::file, NoteProblem::line).containsExactly(
                tuple("broken/duplicate-titles.md", 13));
        assertThat(note.problems()).allMatch(p -> !p.isError());
        assertThat(note.problems().get(0).message()).contains("duplicate card title \"梯度累计 · 代码\"", "line 3");
    }

    @Test
    void aHeadingWithoutTitleIsReportedAndAnEmptyLeafIsACardWithoutReference() {
        ParsedNote note = Fixtures.parse("broken/empty-heading.md");
        assertThat(note.problems()).extracting(NoteProblem::line).containsExactly(3, 13);
        assertThat(note.problems().get(0).message()).contains("heading has no title");
        assertThat(note.cards()).extracting(Card::title, Card::hasReference)
                .containsExactly(tuple("Empty leaf", false), tuple("Has text", true));
    }

    @Test
    void bomAndCrlfAreAcceptedWithTheSameLineNumbers() {
        String text = "\uFEFF---\r\ntags: [a]\r\n---\r\n# T\r\n\r\n## Card\r\n\r\n- one\r\n- two\r\n\r\n```\r\nx\r\n";
        ParsedNote note = new NoteParser().parse("crlf.md", text);
        Card card = note.cards().get(0);
        assertThat(card.title()).isEqualTo("Card");
        assertThat(card.line()).isEqualTo(6);
        assertThat(card.tags()).containsExactly("a");
        assertThat(card.keyPoints()).extracting(KeyPoint::text).containsExactly("one", "two");
        assertThat(card.reference()).doesNotContain("\r").startsWith("- one\n- two");
        assertThat(note.problems()).extracting(NoteProblem::line).containsExactly(11);
    }

    @Test
    void frontMatterAcceptsInlineListsQuotedListsAndReportsABadLevel() {
        ParsedNote note = new NoteParser().parse("fm.md",
                "---\ntags: \"Attention, KV\"\nlevel: hard\n---\n# T\n\ntext\n");
        assertThat(note.cards().get(0).tags()).containsExactly("attention", "kv");
        assertThat(note.cards().get(0).level()).isEqualTo(FrontMatter.DEFAULT_LEVEL);
        assertThat(note.problems()).extracting(NoteProblem::line, NoteProblem::message)
                .containsExactly(tuple(1, "front matter level must be 1, 2 or 3: hard"));
    }

    @Test
    void pathologicalBracketsAndEmphasisParseInLinearTime() {
        // Unbounded link and comment patterns took minutes on lines like these (quadratic backtracking).
        for (String unit : new String[] {"[", "[[", "![", "[a](", "*a ", "a <!-- "}) {
            String line = unit.repeat(40_000 / unit.length());
            ParsedNote note = assertTimeoutPreemptively(Duration.ofSeconds(15),
                    () -> new NoteParser().parse("p.md", "# T\n\n" + line + "\n\n# L\n\n- " + line + "\n"));
            assertThat(note.cards().size()).as(unit).isEqualTo(2);
        }
    }

    @Test
    void anUnclosedHtmlCommentIsReportedBecauseItHidesTheRestOfTheFile() {
        ParsedNote note = new NoteParser().parse("c.md", "# A\n\ntext\n\n<!-- draft\n\n# B\n\nhidden\n");
        assertThat(note.cards()).extracting(Card::title).containsExactly("A");
        assertThat(note.problems()).extracting(NoteProblem::line, NoteProblem::message).containsExactly(
                tuple(5, "HTML comment <!-- is never closed: the rest of the file is hidden"));
    }

    @Test
    void textBeforeTheFirstHeadingIsAPreambleCardNamedAfterTheFileAndNotAsked() {
        ParsedNote note = new NoteParser().parse("ml/plain.md", "just some text\n\n- and a list\n\n# Later\n\nmore\n");
        assertThat(note.cards()).extracting(Card::title, Card::askable)
                .containsExactly(tuple("plain", false), tuple("Later", true));
        assertThat(note.cards().get(0).reference()).isEqualTo("just some text\n\n- and a list");
        assertThat(note.problems()).isEmpty();
        assertThat(new NoteParser().parse("ml/README.md", "intro text\n").cards().get(0).title()).isEqualTo("ml");
        assertThat(new NoteParser().parse("c.md", "<!-- a comment -->\n\n---\n\n# A\n\ntext\n").cards())
                .extracting(Card::title).containsExactly("A");
    }

    @Test
    void htmlCommentsAndRulesAloneDoNotMakeAReference() {
        ParsedNote note = new NoteParser().parse("c.md",
                "# A\n\n<!-- todo -->\n\n---\n\n# B\n\ntext <!-- hidden --> here\n");
        assertThat(note.cards()).extracting(Card::title, Card::reference)
                .containsExactly(tuple("A", ""), tuple("B", "text  here"));
    }
}
