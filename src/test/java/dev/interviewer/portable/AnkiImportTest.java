package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnkiImportTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @TempDir
    Path dir;

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("legacy", (Supplier<AnkiDeckBuilder>) AnkiDeckBuilder::legacy),
                Arguments.of("legacy anki21", (Supplier<AnkiDeckBuilder>) AnkiDeckBuilder::legacy21),
                Arguments.of("current", (Supplier<AnkiDeckBuilder>) AnkiDeckBuilder::current));
    }

    /** One deck of each kind of note the importer knows, in nested decks, with a picture. */
    static AnkiDeckBuilder sampleDeck(AnkiDeckBuilder anki) {
        long basic = anki.basic();
        long reversed = anki.noteType("Basic (and reversed card)", false, 2, "Front", "Back");
        long cloze = anki.noteType("Cloze", true, 1, "Text", "Back Extra");
        long vocab = anki.noteType("Term", false, 1, "Term", "Meaning", "Key points");
        long transformers = anki.deck("Machine Learning::Transformers");
        long ml = anki.deck("Machine Learning");
        anki.note(basic, transformers, "transformer attention", "What does <i>attention</i> compute?",
                "<div>A weighted sum of values:</div><ul><li>scores from \\(QK^\\top\\)</li><li>softmax over keys"
                        + "</li></ul><div>\\[\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V\\]</div>");
        anki.note(reversed, transformers, "inference", "KV cache", "Keeps the keys and values of past tokens.<br>"
                + "Decoding then costs O(n) per token.");
        anki.note(cloze, transformers, "position", "{{c1::RoPE}} encodes position by {{c2::rotating::what it "
                + "does}} the query and key vectors.", "See <img src=\"rope.png\">");
        anki.note(basic, ml, "", "How do you print in Python?",
                "<pre><code class=\"language-python\">print(\"hi\")<br>if a &lt; b:<br>    pass</code></pre>");
        anki.note(vocab, ml, "", "Dropout", "Randomly zeroes activations in training.",
                "<ul><li>drops units at random</li><li>scales the rest by 1/(1-p)</li></ul>");
        anki.note(basic, ml, "", "<img src=\"rope.png\">", "a picture only");
        anki.note(basic, ml, "", "<div><br></div>", "no question");
        anki.note(basic, transformers, "", "What does <b>attention</b> compute?", "a duplicate");
        return anki.media("rope.png", PNG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void importsEveryKindOfNoteIntoNotesTheAppReads(String format, Supplier<AnkiDeckBuilder> builder)
            throws Exception {
        Path apkg = sampleDeck(builder.get()).write(dir.resolve("ml.apkg"));
        Path out = dir.resolve("notes");

        ImportSummary summary = new CardImporter().importFile(apkg, out, "", false);

        assertThat(summary.cards()).isEqualTo(6);
        assertThat(summary.files()).containsExactly("Machine Learning/Transformers.md", "Machine Learning.md");
        assertThat(summary.media()).isEqualTo(1);
        assertThat(summary.skipped()).extracting(Skipped::reason).containsExactlyInAnyOrder(
                "question is only an image or a sound", "empty question", "duplicate question");
        assertThat(Files.readAllBytes(out.resolve("media/rope.png"))).isEqualTo(PNG);
        assertThat(Files.readString(out.resolve("Machine Learning/Transformers.md")))
                .contains("](../media/rope.png)");

        KnowledgeBase kb = new NotesLoader().load(out);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).extracting(Card::file, Card::title, Card::topic).containsExactly(
                tuple("Machine Learning.md", "How do you print in Python?", "Machine Learning"),
                tuple("Machine Learning.md", "Dropout", "Machine Learning"),
                tuple("Machine Learning/Transformers.md", "What does attention compute?", "Transformers"),
                tuple("Machine Learning/Transformers.md", "KV cache", "Transformers"),
                tuple("Machine Learning/Transformers.md",
                        "[...] encodes position by rotating the query and key vectors.", "Transformers"),
                tuple("Machine Learning/Transformers.md",
                        "RoPE encodes position by [... (what it does)] the query and key vectors.", "Transformers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void keepsListsMathCodeAndTagsInTheReferences(String format, Supplier<AnkiDeckBuilder> builder) throws Exception {
        Path apkg = sampleDeck(builder.get()).write(dir.resolve("ml.apkg"));
        Path out = dir.resolve("notes");
        new CardImporter().importFile(apkg, out, "", false);

        KnowledgeBase kb = new NotesLoader().load(out);
        Card attention = card(kb, "What does attention");
        assertThat(attention.reference()).isEqualTo("A weighted sum of values:\n\n- scores from $QK^\\top$\n"
                + "- softmax over keys\n\n$$\\mathrm{softmax}(QK^\\top/\\sqrt{d_k})V$$");
        assertThat(attention.tags()).containsExactly("transformer", "attention");
        // Two list items are too few on their own: the formula of the answer joins them as a key point.
        assertThat(attention.keyPoints()).extracting(KeyPoint::text)
                .startsWith("scores from $QK^\\top$", "softmax over keys");
        assertThat(card(kb, "KV cache").reference())
                .isEqualTo("Keeps the keys and values of past tokens.\nDecoding then costs O(n) per token.");
        assertThat(card(kb, "KV cache").question()).isEqualTo("Explain KV cache");
        assertThat(card(kb, "How do you print").reference())
                .isEqualTo("```python\nprint(\"hi\")\nif a < b:\n    pass\n```");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void clozeDeletionsBecomeOneFillInTheBlankCardEach(String format, Supplier<AnkiDeckBuilder> builder)
            throws Exception {
        Path apkg = sampleDeck(builder.get()).write(dir.resolve("ml.apkg"));
        Path out = dir.resolve("notes");
        new CardImporter().importFile(apkg, out, "", false);

        KnowledgeBase kb = new NotesLoader().load(out);
        Card first = card(kb, "[...] encodes");
        Card second = card(kb, "RoPE encodes");
        assertThat(first.question()).isEqualTo("Fill in the blank: [...] encodes position by rotating the query and"
                + " key vectors.");
        assertThat(first.reference()).isEqualTo("**RoPE** encodes position by rotating the query and key vectors."
                + "\n\nSee");
        assertThat(second.reference()).startsWith("RoPE encodes position by **rotating** the query");
        assertThat(first.tags()).containsExactly("position");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void fieldsNamedKeyPointsBecomeTheCardsKeyPoints(String format, Supplier<AnkiDeckBuilder> builder)
            throws Exception {
        Path apkg = sampleDeck(builder.get()).write(dir.resolve("ml.apkg"));
        Path out = dir.resolve("notes");
        new CardImporter().importFile(apkg, out, "", false);

        Card dropout = card(new NotesLoader().load(out), "Dropout");
        assertThat(dropout.reference()).isEqualTo("Randomly zeroes activations in training.");
        assertThat(dropout.keyPoints()).extracting(KeyPoint::text)
                .containsExactly("drops units at random", "scales the rest by 1/(1-p)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aCollectionPackageImportsLikeADeckPackage(String format, Supplier<AnkiDeckBuilder> builder)
            throws Exception {
        Path colpkg = sampleDeck(builder.get()).write(dir.resolve("collection.colpkg"));
        assertThat(new CardImporter().importFile(colpkg, dir.resolve("notes"), "", false).cards()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void deckOptionImportsOneDeckWithTheDecksUnderIt(String format, Supplier<AnkiDeckBuilder> builder)
            throws Exception {
        Path apkg = sampleDeck(builder.get()).write(dir.resolve("ml.apkg"));
        Path out = dir.resolve("notes");

        ImportSummary summary = new CardImporter().importFile(apkg, out, "machine learning::transformers", false);

        assertThat(summary.files()).containsExactly("Transformers.md");
        assertThat(new NotesLoader().load(out).cards()).hasSize(4);
    }

    static Card card(KnowledgeBase kb, String titleStart) {
        return kb.cards().stream().filter(c -> c.title().startsWith(titleStart)).findFirst().orElseThrow(
                () -> new AssertionError("no card titled " + titleStart + "...: " + kb.cards()));
    }
}
