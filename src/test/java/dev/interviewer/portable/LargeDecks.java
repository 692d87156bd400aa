package dev.interviewer.portable;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Makes Anki decks that look like real ones, of any size: for measuring imports ({@link LargeDeckImportTest}, the
 * bench's {@code import_anki_5000_s}) and for importing through the server in the web tests.
 */
public final class LargeDecks {
    private LargeDecks() {
    }

    /**
     * {@code notes} notes in 10 decks of 2 levels: mostly Basic with HTML lists, bold, code and math, every tenth a
     * cloze with two deletions, every twentieth with a picture.
     */
    public static Path write(Path file, int notes, boolean current) throws IOException, SQLException {
        AnkiDeckBuilder anki = current ? AnkiDeckBuilder.current() : AnkiDeckBuilder.legacy();
        long basic = anki.basic();
        long cloze = anki.noteType("Cloze", true, 1, "Text", "Back Extra");
        long[] decks = new long[10];
        for (int d = 0; d < decks.length; d++) {
            decks[d] = anki.deck("Big Deck::Part " + d);
        }
        for (int i = 0; i < notes; i++) {
            long deck = decks[i % decks.length];
            String tags = "big part" + (i % decks.length) + (i % 3 == 0 ? " three" : "");
            if (i % 10 == 9) {
                anki.note(cloze, deck, tags, "Card " + i + ": {{c1::attention}} weights values by "
                        + "{{c2::softmax::a function}} of \\(QK^\\top\\).", "Extra <i>context</i> " + i);
            } else {
                String picture = i % 20 == 0 ? "<img src=\"figure" + (i % 7) + ".png\">" : "";
                anki.note(basic, deck, tags, "Question number " + i + ": what does <b>layer " + i + "</b> do?",
                        "<div>It transforms its input:</div><ul><li>first, a <b>projection</b> of width " + i
                                + "</li><li>then \\(\\mathrm{ReLU}(x) = \\max(0, x)\\)</li><li>finally a residual"
                                + " add&nbsp;&amp; norm</li></ul><div>In code: <code>y = f(x) + x</code></div>"
                                + picture + "<div><br></div><div>Why it matters: gradients flow through the "
                                + "skip connection, so depth " + i + " still trains.</div>");
            }
        }
        for (int p = 0; p < 7; p++) {
            anki.media("figure" + p + ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) p});
        }
        return anki.write(file);
    }
}
