package dev.interviewer.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The wording resources hold together: every language says everything, with the same placeholders. */
class WordingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // {total}-style placeholders and printf conversions (%d, %.1f, %s).
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}|%[-.0-9]*[a-zA-Z]");

    @Test
    void theLanguagesAreTheFoldersNamedInLanguagesTxtTheDefaultFirst() throws Exception {
        assertThat(Wording.languages()).containsExactly("zh", "en");
        assertThat(Wording.defaultLanguage()).isEqualTo("zh");
        for (String language : Wording.languages()) {
            assertThat(folder(language)).isDirectory();
        }
        assertThat(Wording.supports("fr")).isFalse();
    }

    @Test
    void everyLanguageHasEveryKeyAsTheSameKindOfValue() throws Exception {
        Map<String, String> reference = kinds(Wording.defaultLanguage());
        assertThat(reference).hasSizeGreaterThan(50);
        for (String language : Wording.languages()) {
            assertThat(kinds(language)).as("keys of lang/%s (key -> text or list)", language)
                    .containsExactlyInAnyOrderEntriesOf(reference);
        }
    }

    @Test
    void everyTextHasTheSamePlaceholdersInEveryLanguage() throws Exception {
        Wording reference = Wording.of(Wording.defaultLanguage());
        for (String key : kinds(Wording.defaultLanguage()).keySet()) {
            for (String language : Wording.languages()) {
                assertThat(placeholders(Wording.of(language), key)).as("%s in %s", key, language)
                        .isEqualTo(placeholders(reference, key));
            }
        }
    }

    @Test
    void aMissingKeyNamesTheKeyAndItsFile() {
        assertThatThrownBy(() -> Wording.of("en").text("interview.noSuchThing"))
                .hasMessageContaining("interview.noSuchThing").hasMessageContaining("lang/en/interview.json");
        assertThatThrownBy(() -> Wording.of("fr")).hasMessageContaining("zh, en").hasMessageContaining("fr");
    }

    @Test
    void aWordListSkipsCommentsAndBlankLinesAndKeepsItsOrder() {
        Set<String> words = Wording.of("zh").words("target-leads");
        assertThat(words).startsWith("熟练掌握", "熟练使用").doesNotContain("").noneMatch(w -> w.startsWith("#"));
        assertThat(Wording.of("en").words("stopwords")).contains("the", "which").doesNotContain("#");
    }

    @Test
    void aWordListOfEveryLanguageHasEachLanguagesWordsInLanguageOrder() {
        Set<String> contrasts = Wording.wordsOfEveryLanguage("contrasts");
        assertThat(contrasts).containsAll(Wording.of("zh").words("contrasts"))
                .containsAll(Wording.of("en").words("contrasts"));
        assertThat(contrasts).startsWith(Wording.of("zh").words("contrasts").iterator().next());
        // Only Chinese numbers its headings with numerals of its own; English adds nothing and breaks nothing.
        assertThat(Wording.wordsOfEveryLanguage("numerals")).isEqualTo(Wording.of("zh").words("numerals"));
    }

    @Test
    void aListThatNoLanguageHasIsAnErrorNamingIt() {
        assertThatThrownBy(() -> Wording.wordsOfEveryLanguage("no-such-list"))
                .hasMessageContaining("lang/<code>/words/no-such-list.txt").hasMessageContaining("zh, en");
        assertThatThrownBy(() -> Wording.patternsOfEveryLanguage("no-such-list"))
                .hasMessageContaining("lang/<code>/patterns/no-such-list.txt");
    }

    @Test
    void aPatternListKeepsHashesInsideAPatternAndSkipsCommentLines() {
        List<String> patterns = Wording.patternsOfEveryLanguage("question-titles");
        assertThat(patterns).noneMatch(p -> p.startsWith("#") || p.isBlank())
                .anyMatch(p -> p.startsWith("^(?:what|")).anyMatch(p -> p.endsWith("$"));
        assertThat(patterns.stream().filter(p -> p.contains("\\b"))).isNotEmpty();
    }

    @Test
    void aTextFillsItsPlaceholdersOnceAndLeavesAValuesBracesAlone() {
        Wording en = Wording.of("en");
        assertThat(en.text("grading.covered", Map.of("items", "softmax saturates"))).isEqualTo(
                "You covered: softmax saturates.");
        // A candidate's words are data: a "{source}" in them is not filled in again.
        assertThat(en.text("grading.missed", Map.of("items", "{source}", "source", "notes.md#Attention")))
                .isEqualTo("You missed: {source} (see notes.md#Attention).");
        assertThat(en.text("grading.missed", Map.of("items", "x"))).contains("(see {source})");
    }

    /** Every key of a language, area.name, with "text" or "list". */
    private static Map<String, String> kinds(String language) throws Exception {
        Map<String, String> kinds = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder(language))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String area = file.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode root = JSON.readTree(file.toFile());
                root.fields().forEachRemaining(e -> kinds.put(area + "." + e.getKey(),
                        e.getValue().isArray() ? "list" : e.getValue().isTextual() ? "text" : "other"));
            }
        }
        return kinds;
    }

    private static Set<String> placeholders(Wording wording, String key) {
        String all = isList(wording, key) ? String.join(" ", wording.texts(key)) : wording.text(key);
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(all);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static boolean isList(Wording wording, String key) {
        try {
            wording.texts(key);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static Path folder(String language) throws IOException, URISyntaxException {
        return Path.of(WordingTest.class.getClassLoader().getResource("lang/" + language).toURI());
    }
}
