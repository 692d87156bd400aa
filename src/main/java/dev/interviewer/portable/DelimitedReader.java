package dev.interviewer.portable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, Character> SEPARATORS = Map.of("tab", '\t', "comma", ',', "semicolon", ';',
            "pipe", '|', "space", ' ', "colon", ':');

    Bank read(Path file, String deck) throws IOException {
        Map<String, String> directives = new LinkedHashMap<>();
        String text = withoutDirectives(Utf8.read(file), directives);
        char delimiter = delimiter(file, text, directives.get("separator"));
        List<CsvParser.Row> rows = rows(file, text, delimiter);
        // Anki's export has no header row: its directives say what the columns are.
        boolean headerRow = directives.isEmpty();
        Map<Integer, Column> columns;
        if (directives.containsKey("columns")) {
            columns = header(file, new CsvParser(directives.get("columns"), delimiter).rows().get(0).fields());
        } else if (headerRow) {
            columns = header(file, rows.isEmpty() ? List.of() : rows.get(0).fields());
        } else {
            columns = ankiColumns(directives, rows);
        }
        List<String> defaultDeck = deck.isBlank() ? List.of(Utf8.stem(file)) : DeckNames.path(deck);
        TextRows cards = new TextRows(defaultDeck, "true".equalsIgnoreCase(directives.get("html")));
        List<ImportedCard> read = new ArrayList<>();
        for (CsvParser.Row row : headerRow && !rows.isEmpty() ? rows.subList(1, rows.size()) : rows) {
            ImportedCard card = cards.card(cells(row, columns), "line " + row.line());
            if (card != null) {
                read.add(card);
            }
        }
        return new Bank(read, cards.skipped(), cards.warnings(), MediaSource.NONE);
    }

    private static List<CsvParser.Row> rows(Path file, String text, char delimiter) {
        try {
            return new CsvParser(text, delimiter).rows().stream().filter(r -> !r.isBlank()).toList();
        } catch (ImportException e) {
            throw new ImportException(file.getFileName() + " " + e.getMessage());
        }
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
                    + String.join(", ", Column.QUESTION.names()) + "); the header is: "
                    + (names.isEmpty() ? "empty" : names.stream().map(n -> "\"" + n.strip() + "\"")
                    .collect(Collectors.joining(", "))));
        }
        return columns;
    }

    /** Anki's export without "#columns:": the note's fields in order, question first, around the named columns. */
    private static Map<Integer, Column> ankiColumns(Map<String, String> directives, List<CsvParser.Row> rows) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String key : List.of("guid column", "notetype column", "deck column", "tags column")) {
            String value = directives.getOrDefault(key, "").strip();
            if (DIGITS.matcher(value).matches()) {
                int index = Integer.parseInt(value) - 1;
                taken.add(index);
                if (key.equals("deck column") || key.equals("tags column")) {
                    columns.put(index, key.equals("deck column") ? Column.DECK : Column.TAGS);
                }
            }
        }
        int width = rows.stream().mapToInt(r -> r.fields().size()).max().orElse(0);
        List<Column> fields = new ArrayList<>(List.of(Column.QUESTION, Column.ANSWER));
        for (int i = 0; i < width && !fields.isEmpty(); i++) {
            if (!taken.contains(i)) {
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
