package dev.interviewer.knowledge;

import dev.interviewer.lang.Wording;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bold labels that start an annotation ({@code **Key points**}, ...), in every language: the names under
 * {@code notes.<kind>Labels} of {@code lang/<code>/notes.json}. Importers use them to write notes and to keep
 * imported text from reading as an annotation.
 */
public enum Label {
    QUESTION(false, "questionLabels"), KEY_POINTS(true, "keyPointLabels"), FOLLOW_UPS(true, "followUpLabels"),
    PITFALLS(true, "pitfallLabels"), LEVEL(false, "levelLabels"), TAGS(true, "tagLabels"),
    SOURCES(true, "sourceLabels");

    private static final Map<String, Label> NAMES = names();
    // "**Key points**", "**Key points**:", "**Level**: 2", "**Key points:**", with an ASCII or full-width (U+FF1A)
    // colon
    private static final Pattern LABEL_FIRST =
            Pattern.compile("^(\\*\\*|__)\\s*([^*_]+?)\\s*[:\uFF1A]?\\s*\\1\\s*[:\uFF1A]?\\s*(.*)$");
    // "**Question: What is X?**": the whole line in bold
    private static final Pattern ALL_BOLD =
            Pattern.compile("^(\\*\\*|__)\\s*([^*_:\uFF1A]+?)\\s*[:\uFF1A]\\s*(.+?)\\s*\\1$");

    private final boolean list;
    private final String wordingKey;

    Label(boolean list, String names) {
        this.list = list;
        this.wordingKey = "notes." + names;
    }

    /** Whether the label takes a list of items (rather than one value). */
    boolean takesList() {
        return list;
    }

    /** The label a name stands for, in any language, case, spaces and dashes aside ("key-points", "Key Points"). */
    public static Optional<Label> named(String name) {
        return Optional.ofNullable(NAMES.get(key(name)));
    }

    /** The name the label is written with in a language: the first of its names there. */
    public String writtenIn(String language) {
        return Wording.of(language).texts(wordingKey).get(0);
    }

    /** The label and its inline value if the line starts with a known bold label. */
    static Optional<LabelLine> parse(String line) {
        String text = line.strip();
        for (Pattern pattern : new Pattern[] {LABEL_FIRST, ALL_BOLD}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                Optional<LabelLine> found = named(m.group(2)).map(l -> new LabelLine(l, m.group(3).strip()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // "Key points", "key-points" and "KeyPoints" are one label.
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private static Map<String, Label> names() {
        Map<String, Label> names = new HashMap<>();
        for (String language : Wording.languages()) {
            for (Label label : values()) {
                for (String name : Wording.of(language).texts(label.wordingKey)) {
                    Label other = names.putIfAbsent(key(name), label);
                    if (other != null && other != label) {
                        throw new IllegalStateException("the label " + name + " (lang/" + language
                                + "/notes.json) names both " + other + " and " + label);
                    }
                }
            }
        }
        return Map.copyOf(names);
    }

    /** A label found at the start of a line, with what follows it on that line. */
    record LabelLine(Label label, String value) {
    }
}
