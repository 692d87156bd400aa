package dev.interviewer.portable;

import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rows of a text bank (CSV, TSV, JSON Lines) into cards. A cell is Markdown unless it holds HTML tags
 * (an Anki text export, a spreadsheet of HTML), which are converted like Anki fields.
 */
final class TextRows {
    private static final Pattern HTML = Pattern.compile("(?i)</?(?:br|div|p|b|i|u|s|strong|em|ul|ol|li|span|img|pre"
            + "|code|table|tr|td|th|sub|sup|font|a|h[1-6]|blockquote|hr|script|style|textarea)\\b[^>]*>|&nbsp;");
    private static final Map<String, Integer> LEVELS = levels();
    // A comma, semicolon or enumeration comma, ASCII or full-width (U+FF0C, U+FF1B, U+3001), separates tags.
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,\uFF0C;\uFF1B\u3001]");
    private static final Pattern ONE_LINE_WITH_SEPARATOR = Pattern.compile(".*" + TAG_SEPARATORS + ".*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final HtmlToMarkdown html = new HtmlToMarkdown(MediaLinks.webOnly());
    private final List<String> defaultDeck;
    private final boolean allHtml;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> badLevels = new ArrayList<>();

    /**
     * @param defaultDeck the deck of rows that name none
     * @param allHtml     whether every cell is HTML (Anki's "#html:true")
     */
    TextRows(List<String> defaultDeck, boolean allHtml) {
        this.defaultDeck = defaultDeck;
        this.allHtml = allHtml;
    }

    /** The card of one row, or null when the row is skipped. */
    ImportedCard card(Map<Column, String> row, String where) {
        String question = markdown(row.getOrDefault(Column.QUESTION, ""));
        if (SafeMarkdown.isBlankQuestion(question)) {
            skipped.add(new Skipped("empty question", where));
            return null;
        }
        List<String> deck = DeckNames.path(row.getOrDefault(Column.DECK, ""));
        return new ImportedCard(deck.isEmpty() ? defaultDeck : deck, oneLine(row.get(Column.TOPIC)), question, "",
                markdown(row.getOrDefault(Column.ANSWER, "")), List.of(), List.of(),
                tags(row.getOrDefault(Column.TAGS, "")), level(row.get(Column.LEVEL), where), Set.of(), where);
    }

    List<Skipped> skipped() {
        return skipped;
    }

    List<String> warnings() {
        if (badLevels.isEmpty()) {
            return List.of();
        }
        return List.of(badLevels.size() + " levels were not 1-3 (or easy/medium/hard) and were left out: "
                + String.join(", ", badLevels.subList(0, Math.min(5, badLevels.size())))
                + (badLevels.size() > 5 ? ", ..." : ""));
    }

    private String markdown(String cell) {
        String text = cell.replace("\r\n", "\n").replace('\r', '\n').strip();
        return allHtml || HTML.matcher(text).find() ? html.convert(text) : text;
    }

    private String oneLine(String cell) {
        return cell == null ? "" : SafeMarkdown.oneLine(cell);
    }

    /** "a, b", "a; b" or Anki's "a b". */
    static List<String> tags(String cell) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Pattern separators = ONE_LINE_WITH_SEPARATOR.matcher(text).matches() ? TAG_SEPARATORS : SPACES;
        return Arrays.stream(separators.split(text)).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** "1"-"3", or a word of {@code lang/<code>/words/bank-level-<n>.txt}, in any language ("easy"). */
    private static Map<String, Integer> levels() {
        Map<String, Integer> levels = new HashMap<>();
        for (int level = 1; level <= 3; level++) {
            levels.put(Integer.toString(level), level);
            for (String word : Wording.wordsOfEveryLanguage("bank-level-" + level)) {
                levels.putIfAbsent(word.toLowerCase(Locale.ROOT), level);
            }
        }
        return Map.copyOf(levels);
    }

    private int level(String cell, String where) {
        if (cell == null || cell.isBlank()) {
            return 0;
        }
        Integer level = LEVELS.get(cell.strip().toLowerCase(Locale.ROOT));
        if (level == null) {
            badLevels.add(where + " \"" + oneLine(cell) + "\"");
            return 0;
        }
        return level;
    }
}
