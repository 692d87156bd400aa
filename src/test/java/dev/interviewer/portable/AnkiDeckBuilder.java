package dev.interviewer.portable;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.Collation;

/**
 * Builds Anki packages for tests, in either format Anki writes: legacy ({@code collection.anki2}, schema 11, note
 * types and decks as JSON in {@code col}, media list as JSON) and current ({@code collection.anki21b}: zstd-compressed
 * SQLite of schema 18 with {@code notetypes}, {@code fields} and {@code decks} tables, a {@code meta} file, and a
 * zstd-compressed protobuf media list and media files), so no binary fixture is kept in the repository.
 */
final class AnkiDeckBuilder {
    private final boolean current;
    private String legacyName = "collection.anki2";
    private final Map<Long, NoteType> noteTypes = new LinkedHashMap<>();
    private final Map<Long, String> decks = new LinkedHashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private long nextId = 1_700_000_000_000L;

    private record NoteType(String name, boolean cloze, List<String> fields, int templates) {
    }

    private record Note(long id, long type, long deck, String tags, List<String> fields, int cards) {
    }

    private AnkiDeckBuilder(boolean current) {
        this.current = current;
        decks.put(1L, "Default");
    }

    /** A package as Anki before 23.10 (or with "support older versions") writes it. */
    static AnkiDeckBuilder legacy() {
        return new AnkiDeckBuilder(false);
    }

    /** A legacy package as Anki 2.1 writes it: collection.anki21, with a stub collection.anki2 for Anki 2.0. */
    static AnkiDeckBuilder legacy21() {
        AnkiDeckBuilder builder = new AnkiDeckBuilder(false);
        builder.legacyName = "collection.anki21";
        return builder;
    }

    /** A package as current Anki writes it. */
    static AnkiDeckBuilder current() {
        return new AnkiDeckBuilder(true);
    }

    /** A note type; {@code templates} is how many cards each note makes (2 for "Basic (and reversed card)"). */
    long noteType(String name, boolean cloze, int templates, String... fields) {
        long id = nextId++;
        noteTypes.put(id, new NoteType(name, cloze, List.of(fields), templates));
        return id;
    }

    long basic() {
        return noteType("Basic", false, 1, "Front", "Back");
    }

    long deck(String name) {
        long id = nextId++;
        decks.put(id, name);
        return id;
    }

    AnkiDeckBuilder note(long type, long deck, String tags, String... fields) {
        NoteType noteType = noteTypes.get(type);
        int cards = noteType.cloze() ? Math.max(1, Cloze.parse(fields[0]).numbers().size()) : noteType.templates();
        notes.add(new Note(nextId++, type, deck, tags, List.of(fields), cards));
        return this;
    }

    AnkiDeckBuilder media(String name, byte[] bytes) {
        media.put(name, bytes);
        return this;
    }

    Path write(Path file) throws IOException, SQLException {
        Path db = Files.createTempFile("anki-fixture-", ".db");
        try {
            Files.delete(db);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                if (current) {
                    writeCurrent(c);
                } else {
                    writeLegacy(c);
                }
            }
            byte[] collection = Files.readAllBytes(db);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                if (current) {
                    put(zip, "collection.anki21b", Zstd.compress(collection));
                    put(zip, "collection.anki2", stubCollection());
                    put(zip, "meta", new byte[] {0x08, 0x03});
                    put(zip, "media", Zstd.compress(mediaEntries()));
                } else {
                    put(zip, legacyName, collection);
                    if (!legacyName.equals("collection.anki2")) {
                        put(zip, "collection.anki2", stubCollection());
                    }
                    put(zip, "media", legacyMediaList().getBytes(StandardCharsets.UTF_8));
                }
                int index = 0;
                for (byte[] bytes : media.values()) {
                    put(zip, Integer.toString(index++), current ? Zstd.compress(bytes) : bytes);
                }
            }
            return file;
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private void writeLegacy(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("create table col (id integer primary key, crt integer not null, mod integer not null,"
                    + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                    + " ls integer not null, conf text not null, models text not null, decks text not null,"
                    + " dconf text not null, tags text not null)");
            createNotesAndCards(s);
        }
        try (PreparedStatement col = c.prepareStatement(
                "insert into col values (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')")) {
            col.setString(1, legacyModels());
            col.setString(2, legacyDecks());
            col.executeUpdate();
        }
        insertNotes(c);
    }

    private void writeCurrent(Connection c) throws SQLException {
        Collation.create(c, "unicase", new Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return a.compareToIgnoreCase(b);
            }
        });
        try (Statement s = c.createStatement()) {
            s.executeUpdate("create table col (id integer primary key, crt integer not null, mod integer not null,"
                    + " scm integer not null, ver integer not null, dty integer not null, usn integer not null,"
                    + " ls integer not null, conf text not null, models text not null, decks text not null,"
                    + " dconf text not null, tags text not null)");
            s.executeUpdate("insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')");
            s.executeUpdate("create table notetypes (id integer not null primary key, name text not null collate"
                    + " unicase, mtime_secs integer not null, usn integer not null, config blob not null)");
            s.executeUpdate("create table fields (ntid integer not null, ord integer not null, name text not null"
                    + " collate unicase, config blob not null, primary key (ntid, ord)) without rowid");
            s.executeUpdate("create unique index idx_fields_name_ntid on fields (name, ntid)");
            s.executeUpdate("create table decks (id integer primary key not null, name text not null collate"
                    + " unicase, mtime_secs integer not null, usn integer not null, common blob not null,"
                    + " kind blob not null)");
            s.executeUpdate("create unique index idx_decks_name on decks (name)");
            createNotesAndCards(s);
        }
        try (PreparedStatement type = c.prepareStatement("insert into notetypes values (?, ?, 0, 0, ?)");
             PreparedStatement field = c.prepareStatement("insert into fields values (?, ?, ?, x'')")) {
            for (Map.Entry<Long, NoteType> e : noteTypes.entrySet()) {
                type.setLong(1, e.getKey());
                type.setString(2, e.getValue().name());
                type.setBytes(3, notetypeConfig(e.getValue().cloze()));
                type.executeUpdate();
                for (int ord = 0; ord < e.getValue().fields().size(); ord++) {
                    field.setLong(1, e.getKey());
                    field.setInt(2, ord);
                    field.setString(3, e.getValue().fields().get(ord));
                    field.executeUpdate();
                }
            }
        }
        try (PreparedStatement deck = c.prepareStatement("insert into decks values (?, ?, 0, 0, x'', x'')")) {
            for (Map.Entry<Long, String> e : decks.entrySet()) {
                deck.setLong(1, e.getKey());
                deck.setString(2, e.getValue().replace("::", "\u001f"));
                deck.executeUpdate();
            }
        }
        insertNotes(c);
    }

    /**
     * {@code Notetype.Config}: kind (field 1) is omitted when normal, as proto3 does; the sort field (2) and the
     * CSS (3) are there to be skipped over.
     */
    private static byte[] notetypeConfig(boolean cloze) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (cloze) {
            out.write(0x08);
            out.write(0x01);
        }
        out.write(0x10);
        out.write(0x00);
        byte[] css = ".card { font-family: arial; }".getBytes(StandardCharsets.UTF_8);
        out.write(0x1A);
        out.write(css.length);
        out.writeBytes(css);
        return out.toByteArray();
    }

    private static void createNotesAndCards(Statement s) throws SQLException {
        s.executeUpdate("create table notes (id integer primary key, guid text not null, mid integer not null,"
                + " mod integer not null, usn integer not null, tags text not null, flds text not null,"
                + " sfld integer not null, csum integer not null, flags integer not null, data text not null)");
        s.executeUpdate("create table cards (id integer primary key, nid integer not null, did integer not null,"
                + " ord integer not null, mod integer not null, usn integer not null, type integer not null,"
                + " queue integer not null, due integer not null, ivl integer not null, factor integer not null,"
                + " reps integer not null, lapses integer not null, left integer not null, odue integer not null,"
                + " odid integer not null, flags integer not null, data text not null)");
        s.executeUpdate("create index ix_cards_nid on cards (nid)");
    }

    private void insertNotes(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement note = c.prepareStatement(
                "insert into notes values (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')");
             PreparedStatement card = c.prepareStatement(
                     "insert into cards values (?, ?, ?, ?, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            long cardId = nextId + 1_000_000;
            for (Note n : notes) {
                note.setLong(1, n.id());
                note.setString(2, "guid" + n.id());
                note.setLong(3, n.type());
                note.setString(4, n.tags().isEmpty() ? "" : " " + n.tags() + " ");
                note.setString(5, String.join("\u001f", n.fields()));
                note.setString(6, n.fields().get(0));
                note.addBatch();
                // Later cards first: the importer must take the deck of the card with the lowest ord.
                for (int ord = n.cards() - 1; ord >= 0; ord--) {
                    card.setLong(1, cardId++);
                    card.setLong(2, n.id());
                    card.setLong(3, ord == 0 ? n.deck() : 1L);
                    card.setInt(4, ord);
                    card.addBatch();
                }
            }
            note.executeBatch();
            card.executeBatch();
        }
        c.commit();
    }

    private String legacyModels() {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<Long, NoteType> e : noteTypes.entrySet()) {
            NoteType t = e.getValue();
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(e.getKey()).append("\":{\"id\":").append(e.getKey()).append(",\"name\":")
                    .append(quote(t.name())).append(",\"type\":").append(t.cloze() ? 1 : 0).append(",\"flds\":[");
            // Written out of order: the importer must sort fields by "ord".
            for (int ord = t.fields().size() - 1; ord >= 0; ord--) {
                json.append("{\"name\":").append(quote(t.fields().get(ord))).append(",\"ord\":").append(ord)
                        .append('}').append(ord > 0 ? "," : "");
            }
            json.append("]}");
        }
        return json.append('}').toString();
    }

    private String legacyDecks() {
        StringBuilder json = new StringBuilder("{");
        decks.forEach((id, name) -> json.append(json.length() > 1 ? "," : "").append('"').append(id)
                .append("\":{\"id\":").append(id).append(",\"name\":").append(quote(name)).append('}'));
        return json.append('}').toString();
    }

    private String legacyMediaList() {
        StringBuilder json = new StringBuilder("{");
        int index = 0;
        for (String name : media.keySet()) {
            json.append(index > 0 ? "," : "").append('"').append(index++).append("\":").append(quote(name));
        }
        return json.append('}').toString();
    }

    /** {@code MediaEntries { repeated MediaEntry entries = 1; }}, each {@code { name = 1; size = 2; sha1 = 3 }}. */
    private byte[] mediaEntries() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : media.entrySet()) {
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            lengthDelimited(entry, 1, file.getKey().getBytes(StandardCharsets.UTF_8));
            entry.write(0x10);
            varint(entry, file.getValue().length);
            lengthDelimited(entry, 3, new byte[20]);
            lengthDelimited(out, 1, entry.toByteArray());
        }
        return out.toByteArray();
    }

    private static void lengthDelimited(ByteArrayOutputStream out, int field, byte[] bytes) {
        out.write(field << 3 | 2);
        varint(out, bytes.length);
        out.writeBytes(bytes);
    }

    private static void varint(OutputStream out, long value) {
        try {
            while ((value & ~0x7FL) != 0) {
                out.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What current Anki puts beside collection.anki21b for old clients: one note asking to update. */
    private static byte[] stubCollection() throws IOException, SQLException {
        AnkiDeckBuilder stub = legacy();
        stub.note(stub.basic(), 1, "", "Please update to the latest Anki version, then import the .colpkg/.apkg "
                + "file again.", "");
        Path db = Files.createTempFile("anki-stub-", ".db");
        try {
            Files.delete(db);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                stub.writeLegacy(c);
            }
            return Files.readAllBytes(db);
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
