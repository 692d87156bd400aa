package dev.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the app says and the words it reads lives in src/main/resources/lang, per language, not in Java: no Chinese
 * text anywhere in the main sources, comments included, no package left out (full-width punctuation in a pattern
 * is written as a Unicode escape).
 */
class WordingInResourcesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    @Test
    void theCheckSeesChineseTextAndFullWidthPunctuation() {
        assertThat(List.of("要点", "a\uFF1Ab", "a\u3001b")).allMatch(t -> CJK.matcher(t).find());
        assertThat(CJK.matcher("Key points: a, b").find()).isFalse();
    }

    @Test
    void noMainSourceHoldsChineseText() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(sources).hasSizeGreaterThan(300);
            for (Path source : sources) {
                assertThat(CJK.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()).as(source.toString())
                        .isFalse();
            }
        }
    }
}
