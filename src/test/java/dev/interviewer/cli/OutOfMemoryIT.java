package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar run with a heap too small for the notes says so and exits 1, without a stack trace. */
class OutOfMemoryIT {
    @TempDir
    Path data;

    @Test
    void aHeapTooSmallForTheNotesIsAClearErrorNotAStackTrace() throws IOException, InterruptedException {
        String jar = System.getProperty("interviewer.jar", "target/interviewer.jar");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-jar", jar, "search", "--knowledge", "knowledge", "--data", data.toString(), "kl")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("error: out of memory", "-Xmx").doesNotContain("\tat ", "Exception in thread");
    }
}
