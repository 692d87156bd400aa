package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows of fields as RFC 4180 says: fields may be quoted, a quoted field may hold the
 * delimiter, line breaks and doubled quotes. It is lenient where spreadsheets are sloppy: a quote inside an unquoted
 * field is text, and text after a closing quote is kept. An unclosed quote is an error, since it would silently
 * swallow every row after it.
 */
final class CsvParser {
    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    /** A row and the line it starts on (1-based). */
    record Row(int line, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }

        String field(int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            rows.add(row());
        }
        return rows;
    }

    private Row row() {
        int start = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (pos >= text.length()) {
                return new Row(start, fields);
            }
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
                return new Row(start, fields);
            }
            if (c == '\r') {
                if (pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return new Row(start, fields);
            }
        }
    }

    /** Reads one field and stops at the delimiter or line end after it (not consumed). */
    private String field() {
        StringBuilder value = new StringBuilder();
        if (pos < text.length() && text.charAt(pos) == '"') {
            quoted(value);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            value.append(c);
            pos++;
        }
        return value.toString();
    }

    private void quoted(StringBuilder value) {
        int opened = line;
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new ImportException("line " + opened + ": a quoted field is never closed (a \" is missing)");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                } else {
                    return;
                }
            } else {
                if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                    line++;
                }
                value.append(c);
            }
        }
    }
}
