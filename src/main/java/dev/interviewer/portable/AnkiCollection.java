package dev.interviewer.portable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;

/**
 * The notes, note types and decks of an Anki collection. Two schemas: legacy (11), where {@code col} holds the
 * note types and decks as JSON, and current (18, in {@code collection.anki21b}), with {@code notetypes},
 * {@code fields} and {@code decks} tables and deck names separated by U+001F instead of "::".
 */
final class AnkiCollection {
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final String DECK_SEPARATOR = "\u001f";
    private static final long DEFAULT_DECK = 1;

    /** A note type: its name, whether it is a cloze type, and its field names in order. */
    record NoteType(String name, boolean cloze, List<String> fields) {
    }

    /** A note: its id, type, field values (HTML), tags, and the deck of its first card. */
    record Note(long id, long type, List<String> fields, List<String> tags, long deck) {
    }

    private final Map<Long, NoteType> noteTypes;
    private final Map<Long, List<String>> decks;
    private final List<Note> notes;

    private AnkiCollection(Map<Long, NoteType> noteTypes, Map<Long, List<String>> decks, List<Note> notes) {
        this.noteTypes = noteTypes;
        this.decks = decks;
        this.notes = notes;
    }

    static AnkiCollection read(Path sqlite) throws SQLException, IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + sqlite, config.toProperties())) {
            // Current collections declare names "collate unicase", a collation only Anki defines.
            Collation.create(db, "unicase", new Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareToIgnoreCase(b);
                }
            });
            boolean current = hasTable(db, "notetypes");
            if (!current && !hasTable(db, "col")) {
                throw new SQLException("no notes, cards or col tables");
            }
            Map<Long, NoteType> types = current ? currentNoteTypes(db) : legacyNoteTypes(db);
            Map<Long, List<String>> decks = current ? currentDecks(db) : legacyDecks(db);
            return new AnkiCollection(types, decks, notes(db));
        }
    }

    List<Note> notes() {
        return notes;
    }

    NoteType noteType(long id) {
        return noteTypes.get(id);
    }

    /** The deck's path ([A, B] for "A::B"); "Default" when the deck is unknown. */
    List<String> deck(long id) {
        List<String> path = decks.get(id);
        return path != null ? path : decks.getOrDefault(DEFAULT_DECK, List.of("Default"));
    }

    List<List<String>> deckNames() {
        return List.copyOf(decks.values());
    }

    private static boolean hasTable(Connection db, String name) throws SQLException {
        try (var query = db.prepareStatement("select count(*) from sqlite_master where type = 'table' and name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        }
    }

    private static Map<Long, NoteType> legacyNoteTypes(Connection db) throws SQLException, IOException {
        Map<Long, NoteType> types = new HashMap<>();
        for (JsonNode model : colJson(db, "models")) {
            List<JsonNode> fields = new ArrayList<>();
            model.path("flds").forEach(fields::add);
            fields.sort((a, b) -> Integer.compare(a.path("ord").asInt(), b.path("ord").asInt()));
            types.put(model.path("id").asLong(), new NoteType(model.path("name").asText(),
                    model.path("type").asInt() == 1, fields.stream().map(f -> f.path("name").asText()).toList()));
        }
        return types;
    }

    private static Map<Long, List<String>> legacyDecks(Connection db) throws SQLException, IOException {
        Map<Long, List<String>> decks = new LinkedHashMap<>();
        for (JsonNode deck : colJson(db, "decks")) {
            decks.put(deck.path("id").asLong(), deckPath(deck.path("name").asText(), "::"));
        }
        return decks;
    }

    private static Iterable<JsonNode> colJson(Connection db, String column) throws SQLException, IOException {
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select " + column + " from col")) {
            if (!rows.next()) {
                throw new SQLException("the col table is empty");
            }
            String json = rows.getString(1);
            return json == null || json.isBlank() ? List.of() : new ObjectMapper().readTree(json);
        }
    }

    private static Map<Long, NoteType> currentNoteTypes(Connection db) throws SQLException {
        Map<Long, List<String>> fields = new HashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select ntid, ord, name from fields order by ntid, ord")) {
            while (rows.next()) {
                fields.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        Map<Long, NoteType> types = new HashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select id, name, config from notetypes")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                types.put(id, new NoteType(rows.getString(2), isCloze(rows.getBytes(3)),
                        fields.getOrDefault(id, List.of())));
            }
        }
        return types;
    }

    /** {@code Notetype.Config} field 1 is the kind: 0 normal (omitted on the wire), 1 cloze. */
    private static boolean isCloze(byte[] config) {
        try {
            return config != null && Protobuf.number(config, 1, 0) == 1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<Long, List<String>> currentDecks(Connection db) throws SQLException {
        Map<Long, List<String>> decks = new LinkedHashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select id, name from decks")) {
            while (rows.next()) {
                decks.put(rows.getLong(1), deckPath(rows.getString(2), DECK_SEPARATOR));
            }
        }
        return decks;
    }

    private static List<String> deckPath(String name, String separator) {
        List<String> path = Arrays.stream(name.split(Pattern.quote(separator)))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return path.isEmpty() ? List.of("Default") : path;
    }

    private static List<Note> notes(Connection db) throws SQLException {
        Map<Long, Long> deckOfNote = firstCardDecks(db);
        List<Note> notes = new ArrayList<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select id, mid, tags, flds from notes order by id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                notes.add(new Note(id, rows.getLong(2), List.of(rows.getString(4).split(FIELD_SEPARATOR, -1)),
                        tags(rows.getString(3)), deckOfNote.getOrDefault(id, DEFAULT_DECK)));
            }
        }
        return notes;
    }

    /** Each note's deck: that of its first card, or the deck it came from when it sits in a filtered deck. */
    private static Map<Long, Long> firstCardDecks(Connection db) throws SQLException {
        Map<Long, Long> decks = new HashMap<>();
        Map<Long, Integer> firstOrd = new HashMap<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select nid, did, odid, ord from cards")) {
            while (rows.next()) {
                long note = rows.getLong(1);
                int ord = rows.getInt(4);
                Integer seen = firstOrd.get(note);
                if (seen == null || ord < seen) {
                    firstOrd.put(note, ord);
                    long original = rows.getLong(3);
                    decks.put(note, original != 0 ? original : rows.getLong(2));
                }
            }
        }
        return decks;
    }

    private static List<String> tags(String tags) {
        return tags == null ? List.of()
                : Arrays.stream(tags.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
    }
}
