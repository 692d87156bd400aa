package dev.interviewer.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the app says and the words it reads text with, in one language, from the resources under {@code lang/}:
 * <ul>
 * <li>{@code lang/languages.txt}: the language codes, one a line, the default first;</li>
 * <li>{@code lang/<code>/<area>.json}: texts and lists of variants; key {@code interview.closing} is the entry
 *     {@code closing} of {@code interview.json};</li>
 * <li>{@code lang/<code>/words/<name>.txt}: a word list, one entry a line, {@code #} starts a comment;</li>
 * <li>{@code lang/<code>/patterns/<name>.txt}: regular expressions, one a line, for what a word list cannot say
 *     (a question is a title that ends in a particle); a line starting with {@code #} is a comment.</li>
 * </ul>
 * Every language has the same keys (a test checks it), so adding a language is adding its folder and its code,
 * not Java. Word lists and patterns are each language's own and need not match: text is read with those of every
 * language ({@link #wordsOfEveryLanguage}), since notes and answers mix them. Thread-safe; files are read once.
 */
public final class Wording {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> LANGUAGES = readLanguages();
    private static final Map<String, Wording> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, JsonNode> areas = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> wordLists = new ConcurrentHashMap<>();
    private final Map<String, List<String>> patternLists = new ConcurrentHashMap<>();

    private Wording(String language) {
        this.language = language;
    }

    /** The wording of a supported language. */
    public static Wording of(String language) {
        if (!supports(language)) {
            throw new IllegalArgumentException("language must be one of " + String.join(", ", LANGUAGES) + ": "
                    + language);
        }
        return BY_LANGUAGE.computeIfAbsent(language, Wording::new);
    }

    /** The supported language codes, the default first. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    public static String defaultLanguage() {
        return LANGUAGES.get(0);
    }

    public static boolean supports(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    public String language() {
        return language;
    }

    /** The text under {@code key} ({@code area.name}). */
    public String text(String key) {
        JsonNode node = node(key);
        if (!node.isTextual()) {
            throw new IllegalStateException(where(key) + " is not a text");
        }
        return node.asText();
    }

    /**
     * The text under {@code key} with each {@code {name}} of {@code values} filled in, in one pass: a value that
     * itself holds a {@code {name}} (a candidate's words) is left as it is.
     */
    public String text(String key, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The list of variants under {@code key}, in order, never empty. */
    public List<String> texts(String key) {
        JsonNode node = node(key);
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalStateException(where(key) + " is not a list of texts");
        }
        List<String> texts = new ArrayList<>();
        node.forEach(item -> texts.add(item.asText()));
        return List.copyOf(texts);
    }

    /** The word list {@code lang/<code>/words/<name>.txt}, in file order. */
    public Set<String> words(String name) {
        return wordLists.computeIfAbsent(name, this::readWords);
    }

    /**
     * The word list {@code name} of every language that has one, in language order: for reading text that may be
     * written in any of them. A language without the list adds nothing; a list that no language has is an error.
     */
    public static Set<String> wordsOfEveryLanguage(String name) {
        Set<String> words = new LinkedHashSet<>();
        everyLanguageWith("words/" + name).forEach(w -> words.addAll(w.words(name)));
        return Collections.unmodifiableSet(words);
    }

    /** The patterns {@code lang/<code>/patterns/<name>.txt}, in file order. */
    public List<String> patterns(String name) {
        return patternLists.computeIfAbsent(name, this::readPatterns);
    }

    /** The patterns {@code name} of every language that has them, in language order, as for word lists. */
    public static List<String> patternsOfEveryLanguage(String name) {
        return everyLanguageWith("patterns/" + name).stream().flatMap(w -> w.patterns(name).stream()).toList();
    }

    private static List<Wording> everyLanguageWith(String list) {
        List<Wording> with = LANGUAGES.stream().filter(code -> exists("lang/" + code + "/" + list + ".txt"))
                .map(Wording::of).toList();
        if (with.isEmpty()) {
            throw new IllegalStateException("no language has lang/<code>/" + list + ".txt (languages: "
                    + String.join(", ", LANGUAGES) + ")");
        }
        return with;
    }

    private JsonNode node(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("a wording key is area.name: " + key);
        }
        JsonNode node = areas.computeIfAbsent(key.substring(0, dot), this::readArea).path(key.substring(dot + 1));
        if (node.isMissingNode()) {
            throw new IllegalStateException(where(key) + " is missing");
        }
        return node;
    }

    private String where(String key) {
        return "wording " + key + " (lang/" + language + "/" + key.substring(0, Math.max(0, key.indexOf('.')))
                + ".json)";
    }

    private JsonNode readArea(String area) {
        String path = "lang/" + language + "/" + area + ".json";
        try (InputStream in = open(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private Set<String> readWords(String name) {
        String path = "lang/" + language + "/words/" + name + ".txt";
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(path)) {
            String word = line.replaceFirst("#.*", "").strip();
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return Collections.unmodifiableSet(words);
    }

    // A pattern may hold a '#' of its own: only whole lines are comments, and surrounding spaces are not part of it.
    private List<String> readPatterns(String name) {
        return lines("lang/" + language + "/patterns/" + name + ".txt").stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> readLanguages() {
        List<String> codes = lines("lang/languages.txt").stream().map(l -> l.replaceFirst("#.*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new IllegalStateException("lang/languages.txt names no language");
        }
        return codes;
    }

    private static List<String> lines(String path) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static boolean exists(String path) {
        return Wording.class.getClassLoader().getResource(path) != null;
    }

    private static InputStream open(String path) {
        InputStream in = Wording.class.getClassLoader().getResourceAsStream(path);
        return Objects.requireNonNull(in, () -> "missing resource " + path);
    }
}
