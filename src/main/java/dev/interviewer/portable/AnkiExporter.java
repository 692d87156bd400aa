package dev.interviewer.portable;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes cards as an Anki package (legacy {@code collection.anki2}, schema 11, which every Anki since 2.0 imports):
 * one note per card in the deck "Interviewer::topic", the question in front, the reference, key points and source
 * on the back. A note's GUID comes from the card id, so exporting again updates the same Anki notes.
 */
public final class AnkiExporter {
    static final String ROOT_DECK = "Interviewer";

    private final Clock clock;
    private final MarkdownToHtml html = new MarkdownToHtml();
    private final AnkiSchema11 schema = new AnkiSchema11();

    public AnkiExporter(Clock clock) {
        this.clock = clock;
    }

    /** What an export wrote: how many notes, in which decks. */
    public record Summary(Path file, int notes, List<String> decks) {
        public Summary {
            decks = List.copyOf(decks);
        }
    }

    public Summary export(List<Card> cards, Path apkg) throws IOException {
        if (cards.isEmpty()) {
            throw new ImportException("no cards to export");
        }
        Path target = apkg.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path db = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".db");
        Path zip = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".zip");
        try {
            Files.delete(db);
            Map<String, Long> decks = decks(cards);
            writeCollection(db, cards, decks);
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                put(entries, "collection.anki2", Files.readAllBytes(db));
                put(entries, "media", "{}".getBytes(StandardCharsets.UTF_8));
            }
            move(zip, target);
            return new Summary(apkg, cards.size(), List.copyOf(decks.keySet()));
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(zip);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** "Interviewer::topic" for each topic, with a stable id from its name, in the order of the cards. */
    private static Map<String, Long> decks(List<Card> cards) {
        Map<String, Long> decks = new LinkedHashMap<>();
        decks.put(ROOT_DECK, stableId("deck:" + ROOT_DECK));
        for (Card card : cards) {
            String name = deckName(card);
            decks.computeIfAbsent(name, n -> stableId("deck:" + n));
        }
        return decks;
    }

    static String deckName(Card card) {
        String topic = card.topic().replace("::", ":").strip();
        return topic.isEmpty() ? ROOT_DECK : ROOT_DECK + "::" + topic;
    }

    private void writeCollection(Path db, List<Card> cards, Map<String, Long> decks) throws IOException {
        long now = clock.millis();
        long noteType = stableId("notetype:" + AnkiSchema11.NOTE_TYPE_NAME);
        List<AnkiSchema11.Deck> deckList = new ArrayList<>();
        decks.forEach((name, id) -> deckList.add(new AnkiSchema11.Deck(id, name)));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                for (String statement : SCHEMA) {
                    s.executeUpdate(statement);
                }
            }
            try (PreparedStatement col = c.prepareStatement(
                    "insert into col values (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                col.setLong(1, now / 1000);
                col.setLong(2, now);
                col.setLong(3, now);
                col.setString(4, schema.conf(noteType, cards.size() + 1));
                col.setString(5, schema.models(noteType, decks.get(ROOT_DECK), now / 1000));
                col.setString(6, schema.decks(deckList, now / 1000));
                col.setString(7, schema.deckOptions());
                col.executeUpdate();
            }
            insertNotes(c, cards, decks, noteType, now);
        } catch (SQLException e) {
            throw new IOException("cannot write the Anki collection: " + e.getMessage(), e);
        }
    }

    private void insertNotes(Connection c, List<Card> cards, Map<String, Long> decks, long noteType, long now)
            throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement note = c.prepareStatement(
                "insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
             PreparedStatement card = c.prepareStatement(
                     "insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            for (int i = 0; i < cards.size(); i++) {
                Card source = cards.get(i);
                List<String> fields = fields(source);
                String sortField = SafeMarkdown.oneLine(source.question());
                note.setLong(1, now + i);
                note.setString(2, guid(source.id()));
                note.setLong(3, noteType);
                note.setLong(4, now / 1000);
                note.setString(5, tags(source.tags()));
                note.setString(6, String.join("\u001f", fields));
                note.setString(7, sortField);
                note.setLong(8, checksum(sortField));
                note.addBatch();
                card.setLong(1, now + i);
                card.setLong(2, now + i);
                card.setLong(3, decks.get(deckName(source)));
                card.setLong(4, now / 1000);
                card.setInt(5, i + 1);
                card.addBatch();
            }
            note.executeBatch();
            card.executeBatch();
        }
        c.commit();
    }

    /** Question, Reference, Key points, Source: the fields of {@link AnkiSchema11#FIELDS}, as HTML. */
    private List<String> fields(Card card) {
        StringBuilder keyPoints = new StringBuilder();
        if (!card.keyPoints().isEmpty()) {
            keyPoints.append("<ul>");
            for (KeyPoint point : card.keyPoints()) {
                keyPoints.append("<li>").append(html.inline(point.text())).append("</li>");
            }
            keyPoints.append("</ul>");
        }
        StringBuilder source = new StringBuilder("<ul><li>").append(escape(card.source())).append("</li>");
        card.sources().forEach(s -> source.append("<li>").append(escape(s)).append("</li>"));
        source.append("</ul>");
        return List.of(html.inline(card.question()), html.blocks(card.reference()), keyPoints.toString(),
                source.toString());
    }

    /** Anki's tags are space-separated, so a space inside a tag becomes "_". */
    private static String tags(List<String> tags) {
        List<String> clean = tags.stream().map(t -> t.strip().replaceAll("\\s+", "_")).filter(t -> !t.isEmpty())
                .toList();
        return clean.isEmpty() ? "" : " " + String.join(" ", clean) + " ";
    }

    /** The same card id always gives the same GUID, which is how Anki recognises a note it already has. */
    static String guid(String cardId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha("interviewer:" + cardId, 9));
    }

    /** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the sort field's text. */
    static long checksum(String sortField) {
        byte[] sha1 = digest("SHA-1", sortField.replaceAll("<[^>]*>", ""));
        return Long.parseLong(String.format(Locale.ROOT, "%02x%02x%02x%02x", sha1[0], sha1[1], sha1[2], sha1[3]), 16);
    }

    private static long stableId(String name) {
        byte[] bytes = sha(name, 6);
        long id = 0;
        for (byte b : bytes) {
            id = id << 8 | (b & 0xFF);
        }
        // Positive, above Anki's own small ids (1 is the default deck), and fits in JavaScript's safe integers.
        return 1_000_000_000L + id % 8_000_000_000_000L;
    }

    private static byte[] sha(String text, int length) {
        byte[] full = digest("SHA-256", text);
        byte[] out = new byte[length];
        System.arraycopy(full, 0, out, 0, length);
        return out;
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    // Anki's schema 11 (rslib/src/storage/schema11.sql).
    private static final List<String> SCHEMA = List.of(
            "create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not"
                    + " null, ver integer not null, dty integer not null, usn integer not null, ls integer not null,"
                    + " conf text not null, models text not null, decks text not null, dconf text not null,"
                    + " tags text not null)",
            "create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not"
                    + " null, usn integer not null, tags text not null, flds text not null, sfld integer not null,"
                    + " csum integer not null, flags integer not null, data text not null)",
            "create table cards (id integer primary key, nid integer not null, did integer not null, ord integer"
                    + " not null, mod integer not null, usn integer not null, type integer not null, queue integer"
                    + " not null, due integer not null, ivl integer not null, factor integer not null, reps integer"
                    + " not null, lapses integer not null, left integer not null, odue integer not null, odid"
                    + " integer not null, flags integer not null, data text not null)",
            "create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer"
                    + " not null, ivl integer not null, lastIvl integer not null, factor integer not null, time"
                    + " integer not null, type integer not null)",
            "create table graves (usn integer not null, oid integer not null, type integer not null)",
            "create index ix_notes_usn on notes (usn)",
            "create index ix_cards_usn on cards (usn)",
            "create index ix_revlog_usn on revlog (usn)",
            "create index ix_cards_nid on cards (nid)",
            "create index ix_cards_sched on cards (did, queue, due)",
            "create index ix_revlog_cid on revlog (cid)",
            "create index ix_notes_csum on notes (csum)");
}
