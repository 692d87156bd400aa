package dev.interviewer.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backup document (docs/api.md, "Backup and restore"):
 * <pre>
 * {"format": "interviewer-backup", "version": 1, "schemaVersion": 2, "app": "0.1.0", "createdAt": "...",
 *  "tables": {"interviews": [{"id": "...", ...}], "turns": [...], "card_reviews": [...], "review_log": [...]}}
 * </pre>
 * {@code version} is the document's own layout; {@code schemaVersion} the database schema its rows follow, so a
 * restore knows which migrations they still need. Rows are the store's columns as they are (text, numbers,
 * null; grades and configs stay the JSON text the store keeps), written one at a time.
 */
final class BackupFormat {
    static final String NAME = "interviewer-backup";
    static final int VERSION = 1;

    // The caller owns the stream (it syncs a file, or sends a response): closing the generator must not close it.
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private BackupFormat() {
    }

    /** Writes every backed-up table of {@code c} (one read transaction: one instant); returns rows per table. */
    static Map<String, Integer> write(Connection c, int schemaVersion, String app, Instant at, OutputStream out)
            throws IOException, SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", NAME);
            json.writeNumberField("version", VERSION);
            json.writeNumberField("schemaVersion", schemaVersion);
            json.writeStringField("app", app);
            json.writeStringField("createdAt", at.toString());
            json.writeObjectFieldStart("tables");
            for (BackupTable table : BackupTable.ALL) {
                List<String> columns = new ArrayList<>(ScratchDatabase.columnsOf(c, table.name()));
                columns.removeAll(table.omitted());
                // An older schema lacks the later tables: they are left out, not written empty.
                if (!columns.isEmpty()) {
                    json.writeArrayFieldStart(table.name());
                    rows.put(table.name(), writeRows(c, table, columns, json));
                    json.writeEndArray();
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return rows;
    }

    private static int writeRows(Connection c, BackupTable table, List<String> columns, JsonGenerator json)
            throws IOException, SQLException {
        String sql = "SELECT " + String.join(", ", columns.stream().map(BackupTable::quote).toList())
                + " FROM " + BackupTable.quote(table.name()) + " ORDER BY rowid";
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int count = 0;
            while (rs.next()) {
                count++;
                json.writeStartObject();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    json.writeFieldName(meta.getColumnName(i));
                    writeValue(json, rs.getObject(i), table.name() + "." + meta.getColumnName(i));
                }
                json.writeEndObject();
            }
            return count;
        }
    }

    private static void writeValue(JsonGenerator json, Object value, String column) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else if (value instanceof String s) {
            json.writeString(s);
        } else {
            // The schema has no BLOB columns; one added later needs an encoding and a format version first.
            throw new StoreException("cannot back up " + column + ": " + value.getClass().getSimpleName());
        }
    }
}
