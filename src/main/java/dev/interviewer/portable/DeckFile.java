package dev.interviewer.portable;

import dev.interviewer.knowledge.Label;
import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Markdown of one deck's notes file: topic headings, card headings, answers and annotations, labelled in the
 * default language ({@link Label#writtenIn}, {@code notes.labelValue}).
 */
final class DeckFile {
    // The notes ask a heading that does not read as a question as notes.explain says ("Explain {title}"). That
    // suits a bank's short fronts ("KV cache"), not a request (lang/<code>/patterns/bank-requests.txt): those are
    // given as the card's question, to be asked as written.
    private static final Pattern REQUEST =
            Pattern.compile(WordPatterns.anyPattern(Wording.patternsOfEveryLanguage("bank-requests")));
    // A comma, enumeration comma or semicolon, ASCII or full-width (U+FF0C, U+3001, U+FF1B), splits a tag.
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\uFF0C\u3001;\uFF1B]");
    private static final String LANGUAGE = Wording.defaultLanguage();
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+");

    private final String deckName;
    private final String sourceName;

    DeckFile(String deckName, String sourceName) {
        this.deckName = deckName;
        this.sourceName = sourceName;
    }

    /** The file's text, split into parts of at most about {@code maxBytes} (UTF-8) at card boundaries. */
    List<String> parts(List<ImportedCard> cards, int maxBytes) {
        Map<String, List<ImportedCard>> byTopic = new LinkedHashMap<>();
        for (ImportedCard card : cards) {
            byTopic.computeIfAbsent(card.topic().isBlank() ? deckName : card.topic(), t -> new ArrayList<>())
                    .add(card);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(header());
        int bytes = utf8(part);
        for (Map.Entry<String, List<ImportedCard>> topic : byTopic.entrySet()) {
            String heading = "# " + SafeMarkdown.heading(topic.getKey()) + "\n\n";
            part.append(heading);
            bytes += utf8(heading);
            for (ImportedCard card : topic.getValue()) {
                String text = card(card);
                int size = utf8(text);
                if (bytes + size > maxBytes && part.length() > header().length() + heading.length()) {
                    parts.add(part.toString());
                    part = new StringBuilder(header()).append(heading);
                    bytes = utf8(part);
                }
                part.append(text);
                bytes += size;
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private String header() {
        // Text above the first heading belongs to no card; an HTML comment keeps it out of every view.
        return "<!-- Imported from " + sourceName.replace("--", "- -") + " by `interviewer import` -->\n\n";
    }

    static String card(ImportedCard card) {
        String heading = SafeMarkdown.heading(card.question());
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
        String answer = SafeMarkdown.body(card.answer());
        if (!answer.isEmpty()) {
            out.append(answer).append("\n\n");
        }
        list(out, Label.KEY_POINTS, card.keyPoints());
        list(out, Label.SOURCES, card.sources());
        String prompt = card.prompt().isBlank() && REQUEST.matcher(heading).find() ? heading : card.prompt();
        if (!prompt.isBlank()) {
            value(out, Label.QUESTION, SafeMarkdown.item(prompt));
        }
        if (card.level() > 0) {
            value(out, Label.LEVEL, Integer.toString(card.level()));
        }
        List<String> tags = tags(card.tags());
        if (!tags.isEmpty()) {
            value(out, Label.TAGS, String.join(", ", tags));
        }
        return out.toString();
    }

    private static void value(StringBuilder out, Label label, String value) {
        out.append(Wording.of(LANGUAGE).text("notes.labelValue", Map.of("label", label.writtenIn(LANGUAGE),
                "value", value))).append("\n\n");
    }

    private static void list(StringBuilder out, Label label, List<String> items) {
        List<String> lines = items.stream().map(SafeMarkdown::item).filter(i -> !i.isEmpty()).toList();
        if (!lines.isEmpty()) {
            out.append("**").append(label.writtenIn(LANGUAGE)).append("**\n");
            lines.forEach(line -> out.append("- ").append(line).append('\n'));
            out.append('\n');
        }
    }

    /** Tags as the notes read them: a separator inside a tag would split it, so it becomes "_". */
    static List<String> tags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = LEADING_HASHES.matcher(SafeMarkdown.oneLine(TAG_SEPARATORS.matcher(tag).replaceAll("_")))
                    .replaceFirst("");
            if (!t.isEmpty()) {
                clean.add(t);
            }
        }
        return List.copyOf(clean);
    }

    private static int utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
