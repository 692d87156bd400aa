package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that cannot be imported fails with one line that says why, and leaves nothing behind. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path zip(String name, String entry, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes);
            zip.closeEntry();
        }
        return file;
    }

    private String failure(Path input) throws IOException {
        Path out = dir.resolve("notes");
        Throwable thrown = catchThrowable(
                () -> new CardImporter().importFile(input, out, "", false));
        assertThat(thrown).isInstanceOf(ImportException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n");
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
        return thrown.getMessage();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void anApkgThatIsNotAZip() throws IOException {
        assertThat(failure(file("deck.apkg", "just text"))).isEqualTo("deck.apkg is not a zip file, so not an Anki"
                + " package");
    }

    @Test
    void aZipWithoutACollection() throws IOException {
        assertThat(failure(zip("deck.apkg", "readme.txt", new byte[] {1}))).isEqualTo("deck.apkg has no Anki"
                + " collection (collection.anki21b, collection.anki21 or collection.anki2): is it an Anki package?");
    }

    @Test
    void aPackageFromANewerAnki() throws IOException {
        assertThat(failure(zip("deck.colpkg", "meta", new byte[] {0x08, 0x04})))
                .startsWith("deck.colpkg was made by a newer Anki (package version 4)");
    }

    @Test
    void aCollectionThatIsNotSqlite() throws IOException {
        assertThat(failure(zip("deck.apkg", "collection.anki2", "not a database".getBytes(StandardCharsets.UTF_8))))
                .startsWith("deck.apkg: the collection inside is not a readable Anki database (");
    }

    @Test
    void anAnkiDeckThatIsNotThere() throws Exception {
        Path apkg = AnkiImportTest.sampleDeck(AnkiDeckBuilder.legacy()).write(dir.resolve("ml.apkg"));
        assertThatThrownBy(() -> new CardImporter().importFile(apkg, dir.resolve("notes"), "Biology", false))
                .isInstanceOf(ImportException.class).hasMessage("ml.apkg has no deck named \"Biology\"; its decks: "
                        + "Default, Machine Learning, Machine Learning::Transformers");
    }

    @Test
    void aCsvWithoutAQuestionColumn() throws IOException {
        assertThat(failure(file("bank.csv", "title,body\nx,y\n"))).isEqualTo("bank.csv: no question column in the"
                + " header row (name one 问题, 题目, 问, 正面, 题干, 面试题, question, questions, q, front, prompt, term);"
                + " the header is:"
                + " \"title\", \"body\"");
    }

    @Test
    void aCsvWithAnUnclosedQuote() throws IOException {
        assertThat(failure(file("bank.csv", "question,answer\nQ1?,A1\n\"Q2?,A2\nQ3?,A3\n")))
                .isEqualTo("bank.csv line 3: a quoted field is never closed (a \" is missing)");
    }

    @Test
    void aCsvThatIsNotUtf8() throws IOException {
        assertThat(failure(file("bank.csv", "question,answer\nCaf\u00e9?,x\n".getBytes(StandardCharsets.ISO_8859_1))))
                .startsWith("bank.csv is not UTF-8 text: save it as UTF-8");
    }

    @Test
    void aSheetWithNoUsableRow() throws IOException {
        assertThat(failure(file("bank.csv", "question,answer\n,only an answer\n")))
                .isEqualTo("bank.csv: no cards to import (1 skipped, e.g. empty question at line 2)");
    }

    @Test
    void aJsonLinesFileWithABrokenLine() throws IOException {
        assertThat(failure(file("bank.jsonl", "{\"question\":\"Q?\",\"answer\":\"A\"}\n{\"question\": oops}\n")))
                .startsWith("bank.jsonl line 2: not valid JSON (");
        assertThat(failure(file("bank.jsonl", "[1, 2]\n"))).isEqualTo("bank.jsonl item 1: not a JSON object");
    }

    @Test
    void anUnknownKindOfFileOrNoFileAtAll() throws IOException {
        assertThat(failure(file("notes.docx", "x"))).isEqualTo("notes.docx: unknown kind of file (import reads"
                + " .apkg, .colpkg, .csv, .tsv, .txt, .jsonl and .json)");
        assertThat(failure(dir.resolve("missing.csv"))).endsWith("missing.csv not found");
    }
}
