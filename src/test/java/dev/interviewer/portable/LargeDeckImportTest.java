package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 5,000-note deck imports whole and loads back without problems. The time is printed, not asserted (machines
 * differ): measured on the 2-core dev machine in README "Bring your own cards".
 */
class LargeDeckImportTest {
    private static final int NOTES = 5_000;

    @TempDir
    Path dir;

    @Test
    void aFiveThousandNoteDeckImportsWholeAndLoadsBack() throws Exception {
        Path apkg = LargeDecks.write(dir.resolve("big.apkg"), NOTES, true);
        Path out = dir.resolve("notes");

        long start = System.nanoTime();
        ImportSummary summary = new CardImporter().importFile(apkg, out, "", false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("import of %d notes (%d cards): %d ms%n", NOTES, summary.cards(), millis);

        int clozeNotes = NOTES / 10;
        assertThat(summary.cards()).isEqualTo(NOTES - clozeNotes + 2 * clozeNotes);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.media()).isEqualTo(7);
        KnowledgeBase kb = new NotesLoader().load(out);
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).hasSize(summary.cards());
    }
}
