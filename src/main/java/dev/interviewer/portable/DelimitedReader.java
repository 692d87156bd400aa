package dev.interviewer.portable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a CSV or TSV sheet: a header row names the question, answer and optional tags, level, topic and deck
 * columns. Anki's plain-text exports work too: their {@code #separator:}, {@code #html:}, {@code #columns:} and
 * {@code #tags column:} lines say what the header row would.
 */
final class DelimitedReader {
    private static final Pattern DIRECTIVE = Pattern.compile("^#([a-z ]+):(.*)$");
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "pipe", '|', "space", ' ', "colon", ':');

    Bank read(Path file, String deck) throws IOException {
        String text = Utf8.read(file);
        Map<String, String> directives = new LinkedHashMap<>();
        text = withoutDirectives(text, directives);
        char delimiter = delimiter(file, text, directives.get("separator"));
        List<CsvParser.Row> rows;
        try {
            rows = new CsvParser(text, delimiter).rows();
        } catch (ImportException e) {
            throw new ImportException(file.getFileName() + " " + e.getMessage());
        }
        rows = rows.stream().filter(r -> !r.isBlank()).toList();
        Map<Integer, Column> columns = directives.isEmpty() || directives.containsKey("columns")
                ? header(file, directives.containsKey("columns")
                        ? new CsvParser(directives.get("columns"), delimiter).rows().get(0).fields()
                        : rows.isEmpty() ? List.of() : rows.get(0).fields())
                : ankiColumns(directives, rows);
        boolean headerRow = directives.isEmpty();
        List<String> defaultDeck = deck.isBlank() ? List.of(Utf8.stem(file)) : DeckNames.path(deck);
        TextRows cards = new TextRows(defaultDeck, "true".equalsIgnoreCase(directives.get("html")));
        List<ImportedCard> read = new ArrayList<>();
        for (CsvParser.Row row : headerRow ? rows.subList(Math.min(1, rows.size()), rows.size()) : rows) {
            ImportedCard card = cards.card(cells(row, columns), "line " + row.line());
            if (card != null) {
                read.add(card);
            }
        }
        return new Bank(read, cards.skipped(), cards.warnings(), MediaSource.NONE);
    }

    /** The header's known columns by index; without a question column there is nothing to import. */
    private static Map<Integer, Column> header(Path file, List<String> names) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            Column.named(names.get(i)).ifPresent(c -> {
                if (!columns.containsValue(c)) {
                    columns.put(index, c);
                }
            });
        }
        if (!columns.containsValue(Column.QUESTION)) {
            throw new ImportException(file.getFileName() + ": no question column in the header row (name one "
                    + String.join(", ", Column.QUESTION.names().subList(0, 8)) + "); the header is: "
                    + (names.isEmpty() ? "empty" : names.stream().map(n -> "\"" + n.strip() + "\"")
                    .collect(Collectors.joining(", "))));
        }
        return columns;
    }

    /** Anki's export without "#columns:": the fields in order, question first, around the columns it names. */
    private static Map<Integer, Column> ankiColumns(Map<String, String> directives, List<CsvParser.Row> rows) {
        Map<Integer, Column> named = new LinkedHashMap<>();
        for (String key : List.of("guid column", "notetype column", "deck column", "tags column")) {
            String value = directives.getOrDefault(key, "").strip();
            if (value.matches("\\d+")) {
                named.put(Integer.parseInt(value) - 1, switch (key) {
                    case "deck column" -> Column.DECK;
                    case "tags column" -> Column.TAGS;
                    default -> null;
                });
            }
        }
        Map<Integer, Column> columns = new LinkedHashMap<>();
        named.forEach((i, c) -> {
            if (c != null) {
                columns.put(i, c);
            }
        });
        int width = rows.stream().mapToInt(r -> r.fields().size()).max().orElse(0);
        List<Column> fields = new ArrayList<>(List.of(Column.QUESTION, Column.ANSWER));
        for (int i = 0; i < width && !fields.isEmpty(); i++) {
            if (!named.containsKey(i)) {
                columns.put(i, fields.remove(0));
            }
        }
        return columns;
    }

    private static Map<Column, String> cells(CsvParser.Row row, Map<Integer, Column> columns) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        columns.forEach((index, column) -> cells.put(column, row.field(index)));
        return cells;
    }

    /** Strips Anki's "#key:value" lines from the top of the file into {@code directives}. */
    private static String withoutDirectives(String text, Map<String, String> directives) {
        int pos = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            Matcher m = DIRECTIVE.matcher(text.substring(pos, end).strip());
            if (!m.matches()) {
                break;
            }
            directives.put(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
            pos = end + 1;
        }
        return text.substring(Math.min(pos, text.length()));
    }

    private static char delimiter(Path file, String text, String separator) {
        if (separator != null) {
            Character named = SEPARATORS.get(separator.toLowerCase(Locale.ROOT));
            return named != null ? named : separator.isEmpty() ? '\t' : separator.charAt(0);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return '\t';
        }
        String first = text.lines().findFirst().orElse("");
        char best = ',';
        long most = first.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
