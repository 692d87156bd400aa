package dev.interviewer.portable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines, one card per line: {@code {"question": "...", "answer": "...", "tags": ["a", "b"]}}, with the
 * same optional keys as the columns of a sheet (level, topic, deck); a {@code .json} file may hold an array of them.
 */
final class JsonLinesReader {
    private final ObjectMapper json = new ObjectMapper();

    Bank read(Path file, String deck) throws IOException {
        String text = Utf8.read(file);
        List<String> defaultDeck = deck.isBlank() ? List.of(Utf8.stem(file)) : DeckNames.path(deck);
        TextRows rows = new TextRows(defaultDeck, false);
        List<ImportedCard> cards = new ArrayList<>();
        for (Line line : lines(file, text)) {
            if (!line.value().isObject()) {
                throw new ImportException(file.getFileName() + " " + line.where() + ": not a JSON object");
            }
            ImportedCard card = rows.card(cells(line.value()), line.where());
            if (card != null) {
                cards.add(card);
            }
        }
        return new Bank(cards, rows.skipped(), rows.warnings(), MediaSource.NONE);
    }

    /** A parsed line (or array element) and where it is, for messages. */
    private record Line(JsonNode value, String where) {
    }

    private List<Line> lines(Path file, String text) {
        List<Line> lines = new ArrayList<>();
        if (text.stripLeading().startsWith("[")) {
            JsonNode array = parse(file, text, "");
            for (int i = 0; i < array.size(); i++) {
                lines.add(new Line(array.get(i), "item " + (i + 1)));
            }
            return lines;
        }
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new Line(parse(file, raw[i], "line " + (i + 1)), "line " + (i + 1)));
            }
        }
        return lines;
    }

    private JsonNode parse(Path file, String text, String where) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportException(file.getFileName() + (where.isEmpty() ? "" : " " + where)
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static Map<Column, String> cells(JsonNode object) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            Column.named(field.getKey()).ifPresent(c -> cells.putIfAbsent(c, text(field.getValue())));
        }
        return cells;
    }

    /** A string as it is, an array of tags as "a, b", a number as its digits. */
    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText().replace(",", "_")));
            return String.join(", ", items);
        }
        return value.isNull() ? "" : value.asText();
    }
}
