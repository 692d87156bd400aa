package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String run(boolean terminal) {
        ConsoleProgressBar bar = new ConsoleProgressBar(out, "indexing notes", terminal);
        for (int done = 1; done <= 8; done++) {
            bar.progress(done, 8);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogGetsOneLineAtEachQuarterAndNoRedraws() {
        assertThat(run(false)).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "indexing notes: 12% (1/8)", "indexing notes: 25% (2/8)", "indexing notes: 50% (4/8)",
                "indexing notes: 75% (6/8)", "indexing notes: 100% (8/8)", ""));
    }

    @Test
    void aTerminalGetsABarRedrawnInPlaceThenANewLine() {
        String shown = run(true);
        assertThat(shown).startsWith("\rindexing notes [").contains("100% 8/8").endsWith(System.lineSeparator());
        // One line in all: every redraw returns to its start with \r, and only the end moves to a new line.
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(shown.chars().filter(c -> c == '\r').count()).isEqualTo(8);
    }
}
