package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve", "search", "grade", "lint", "practice");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("interviewer ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithOneLineAndExitTwo() {
        assertThat(run("--no-such-flag")).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains("--no-such-flag");
    }

    @Test
    void badNumberForAFlagIsAUsageError() {
        assertThat(run("serve", "--port", "seventy")).isEqualTo(2);
        assertThat(err.toString()).contains("seventy");
    }

    @Test
    void missingKnowledgeFolderFailsWithAMessageAndNoStackTrace() {
        assertThat(run("lint", "--knowledge", "/no/such/folder")).isEqualTo(1);
        assertThat(err.toString()).contains("/no/such/folder").doesNotContain("\tat ");
    }

    @Test
    void anOutOfMemoryErrorWrappedByAnotherThreadIsRecognisedAndNamesTheHeapFlag() {
        RuntimeException wrapped = new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap"));
        assertThat(Cli.causedByOutOfMemory(wrapped)).isTrue();
        assertThat(Cli.causedByOutOfMemory(new IllegalStateException("boom"))).isFalse();
        assertThat(Cli.outOfMemory()).startsWith("error: out of memory").contains("-Xmx");
    }

    @Test
    void flagsWithoutASubcommandMeanServe() {
        assertThat(Cli.withDefaultSubcommand(new String[] {"--port", "8080"}))
                .containsExactly("serve", "--port", "8080");
        assertThat(Cli.withDefaultSubcommand(new String[0])).containsExactly("serve");
        assertThat(Cli.withDefaultSubcommand(new String[] {"lint"})).containsExactly("lint");
    }
}
