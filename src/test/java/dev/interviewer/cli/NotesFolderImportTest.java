package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.web.ApiException;
import dev.interviewer.web.NotesImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads land in imported/NAME under the notes folder, which is read again; bad files and clashes are refused. */
class NotesFolderImportTest {
    @TempDir
    Path dir;

    private final AtomicInteger refreshes = new AtomicInteger();

    private NotesFolderImport importer(Path notes) {
        return new NotesFolderImport(notes, () -> {
            refreshes.incrementAndGet();
            return new NotesLoader().load(notes);
        });
    }

    @Test
    void anUploadGoesIntoItsOwnFolderBesideTheUsersNotes() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("mine.md"), "# Mine\n\n## What is LoRA?\n\nLow-rank adapters.\n");
        Path upload = Files.writeString(Files.createDirectories(dir.resolve("up")).resolve("Deep Learning.csv"),
                "question,answer\nWhat is BPE?,Byte-pair encoding merges frequent pairs.\nNo answer here?,\n");

        NotesImport.Result result = importer(notes).importFile(upload, false);

        assertThat(result.folder()).isEqualTo("imported/deep-learning");
        assertThat(result.cards()).isEqualTo(2);
        assertThat(result.practisable()).isEqualTo(1);
        assertThat(result.files()).containsExactly("Deep Learning.md");
        assertThat(notes.resolve("imported/deep-learning/Deep Learning.md")).exists();
        assertThat(notes.resolve("mine.md")).exists();
        assertThat(refreshes.get()).isEqualTo(1);
    }

    @Test
    void aChangedBankUnderTheSameNameNeedsReplaceAndABadFileIsA400() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path upload = dir.resolve("bank.csv");
        Files.writeString(upload, "question,answer\nQ1?,A1.\n");
        importer(notes).importFile(upload, false);
        Files.writeString(upload, "question,answer\nQ1?,A1 changed.\n");

        assertThatThrownBy(() -> importer(notes).importFile(upload, false)).isInstanceOf(ApiException.class)
                .hasMessageStartingWith("imported/bank already holds notes of an earlier import of bank.csv")
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        assertThat(importer(notes).importFile(upload, true).cards()).isEqualTo(1);
        assertThat(Files.readString(notes.resolve("imported/bank/bank.md"))).contains("A1 changed.");

        Path bad = Files.writeString(dir.resolve("deck.apkg"), "not a zip");
        assertThatThrownBy(() -> importer(notes).importFile(bad, false))
                .hasMessage("deck.apkg is not a zip file, so not an Anki package")
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        assertThat(notes.resolve("imported/deck")).doesNotExist();
    }
}
