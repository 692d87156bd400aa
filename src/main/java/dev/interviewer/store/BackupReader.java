package dev.interviewer.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.interviewer.interview.model.InvalidBackupException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a backup document into a {@link ScratchDatabase}, one row at a time (a backup may be large): first the
 * header, which must say it is a backup, in a format version and a schema version this app knows, then the
 * tables. Anything else is refused with what is wrong with it.
 */
final class BackupReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final Migrations bundled;

    BackupReader(Migrations bundled) {
        this.bundled = bundled;
    }

    /** The backup's rows in a scratch database of the backup's schema version, not yet migrated. */
    ScratchDatabase read(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup("it is not a JSON object");
            }
            return readFields(parser);
        } catch (JsonProcessingException e) {
            // Limits (nesting depth, number length) are reported without a location.
            JsonLocation at = e.getLocation();
            throw new InvalidBackupException("the backup is not valid JSON (" + e.getOriginalMessage()
                    + (at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr()) + ")", e);
        } catch (SQLException e) {
            throw new StoreException("cannot build the scratch database for a restore: " + e.getMessage(), e);
        }
    }

    private ScratchDatabase readFields(JsonParser parser) throws IOException, SQLException {
        Map<String, Object> header = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("tables")) {
                ScratchDatabase scratch = ScratchDatabase.at(bundled, checkedSchema(header));
                try {
                    readTables(parser, scratch);
                    skipRest(parser);
                    return scratch;
                } catch (IOException | SQLException | RuntimeException e) {
                    scratch.close();
                    throw e;
                }
            }
            header.put(field, value.isScalarValue() ? scalar(parser, value) : null);
            parser.skipChildren();
        }
        checkedSchema(header);
        throw notABackup("it has no \"tables\"");
    }

    /** The backup's schema version, once the header says it is a backup this app can read. */
    private int checkedSchema(Map<String, Object> header) {
        if (!BackupFormat.NAME.equals(header.get("format"))) {
            throw notABackup("\"format\" is not \"" + BackupFormat.NAME + "\""
                    + (header.containsKey("format") ? "" : " (the header must come before \"tables\")"));
        }
        Object version = header.get("version");
        if (!(version instanceof Long v) || v < 1) {
            throw notABackup("\"version\" is not a positive whole number: " + version);
        }
        if (v > BackupFormat.VERSION) {
            throw new InvalidBackupException("this backup is in format version " + v + ", and this version of"
                    + " Interviewer reads format version " + BackupFormat.VERSION + ": update Interviewer to restore it");
        }
        Object schema = header.get("schemaVersion");
        if (!(schema instanceof Long s) || s < 1) {
            throw notABackup("\"schemaVersion\" is not a positive whole number: " + schema);
        }
        if (s > bundled.latest()) {
            throw new InvalidBackupException("this backup was made by a newer Interviewer (database schema " + s
                    + "; this version knows schema 1-" + bundled.latest() + "): update Interviewer to restore it");
        }
        return s.intValue();
    }

    private void readTables(JsonParser parser, ScratchDatabase scratch) throws IOException, SQLException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw notABackup("\"tables\" is not an object of tables");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            if (BackupTable.named(table).isEmpty() || !scratch.has(table)) {
                throw new InvalidBackupException("the backup has a table \"" + table + "\" that schema "
                        + scratch.schemaVersion() + " does not back up");
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidBackupException("backup table " + table + " is not an array of rows");
            }
            int number = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                number++;
                scratch.insert(table, row(parser, table, number), number);
            }
        }
    }

    private static Map<String, Object> row(JsonParser parser, String table, int number) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidBackupException("backup table " + table + ", row " + number + ": not an object");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!value.isScalarValue()) {
                throw new InvalidBackupException("backup table " + table + ", row " + number + ": column " + column
                        + " holds a JSON " + (value == JsonToken.START_ARRAY ? "array" : "object")
                        + "; a backup's columns hold text, numbers or null");
            }
            row.put(column, scalar(parser, value));
        }
        return row;
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> 1L;
            case VALUE_FALSE -> 0L;
            default -> null;
        };
    }

    // Fields after the tables (none are written) are read through, so that a cut-off file is still noticed.
    private static void skipRest(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            parser.nextToken();
            parser.skipChildren();
        }
        if (parser.nextToken() != null) {
            throw notABackup("there is more after the backup's closing brace");
        }
    }

    private static InvalidBackupException notABackup(String why) {
        return new InvalidBackupException("not an Interviewer backup: " + why);
    }
}
