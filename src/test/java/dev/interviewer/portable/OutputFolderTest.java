package dev.interviewer.portable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports go into a folder that may already hold notes: they add files, and replace one only when asked to. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private Path csv(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), "question,answer\n" + rows);
    }

    private ImportSummary run(Path input, Path out, boolean overwrite) throws IOException {
        return new CardImporter().importFile(input, out, "", overwrite);
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void addsFilesBesideTheNotesAlreadyThere() throws IOException {
        Path out = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(out.resolve("mine.md"), "# Mine\n\ntext\n");
        run(csv("a.csv", "Q?,A\n"), out, false);
        run(csv("b.csv", "Q?,B\n"), out, false);
        assertThat(out.resolve("mine.md")).hasContent("# Mine\n\ntext\n");
        assertThat(out.resolve("a.md")).exists();
        assertThat(out.resolve("b.md")).exists();
        assertThat(hidden()).isEmpty();
    }

    @Test
    void refusesToReplaceAFileUnlessTold() throws IOException {
        Path out = dir.resolve("notes");
        run(csv("a.csv", "Q?,first\n"), out, false);
        String before = Files.readString(out.resolve("a.md"));

        assertThatThrownBy(() -> run(csv("a.csv", "Q?,second\n"), out, false)).isInstanceOf(ImportException.class)
                .hasMessage(out.resolve("a.md") + " already exists; use --overwrite to replace, or choose another"
                        + " --out folder");
        assertThat(out.resolve("a.md")).hasContent(before);
        assertThat(hidden()).isEmpty();

        run(csv("a.csv", "Q?,second\n"), out, true);
        assertThat(Files.readString(out.resolve("a.md"))).contains("second").doesNotContain("first");
        assertThat(hidden()).isEmpty();
    }

    @Test
    void importingTheSameBankTwiceChangesNothingAndNeedsNoOverwrite() throws IOException {
        Path out = dir.resolve("notes");
        run(csv("a.csv", "Q?,A\n"), out, false);
        ImportSummary again = run(csv("a.csv", "Q?,A\n"), out, false);
        assertThat(again.cards()).isEqualTo(1);
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        Path out = Files.writeString(dir.resolve("notes"), "x");
        assertThatThrownBy(() -> run(csv("a.csv", "Q?,A\n"), out, false)).isInstanceOf(ImportException.class)
                .hasMessage("--out " + out + " is a file, not a folder");
    }
}
