package dev.interviewer.portable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Reads an Anki package ({@code .apkg}, {@code .colpkg}) into cards, one deck or all of them. */
final class AnkiReader {

    /**
     * @param deck "A::B" to read only that deck and the decks under it (the result starts at B), or empty for all
     */
    Bank read(Path file, String deck) throws IOException {
        AnkiPackage pkg = AnkiPackage.open(file);
        try {
            AnkiCollection collection = collection(pkg, file);
            List<String> wanted = DeckNames.path(deck);
            if (!wanted.isEmpty() && collection.deckNames().stream().noneMatch(d -> startsWith(d, wanted))) {
                throw new ImportException(file.getFileName() + " has no deck named \"" + deck + "\"; its decks: "
                        + String.join(", ", deckList(collection)));
            }
            return cards(collection, pkg, wanted);
        } catch (IOException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    private static AnkiCollection collection(AnkiPackage pkg, Path file) throws IOException {
        Path sqlite = Files.createTempFile("interviewer-anki-", ".db");
        try {
            pkg.extractCollection(sqlite);
            return AnkiCollection.read(sqlite);
        } catch (SQLException e) {
            throw new ImportException(file.getFileName() + ": the collection inside is not a readable Anki database ("
                    + e.getMessage() + ")", e);
        } finally {
            Files.deleteIfExists(sqlite);
        }
    }

    private static Bank cards(AnkiCollection collection, AnkiPackage pkg, List<String> wanted) {
        PackageMedia media = new PackageMedia(pkg.media());
        AnkiNotes notes = new AnkiNotes(media);
        List<ImportedCard> cards = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (AnkiCollection.Note note : collection.notes()) {
            List<String> deck = collection.deck(note.deck());
            if (startsWith(deck, wanted)) {
                // The chosen deck becomes the top: its parents are not folders of the import.
                List<String> relative = deck.subList(Math.max(0, wanted.size() - 1), deck.size());
                cards.addAll(notes.cards(note, collection.noteType(note.type()), relative, skipped::add));
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!media.missing().isEmpty()) {
            warnings.add(media.missing().size() + " media files are linked from notes but not in the package"
                    + " (left out): " + String.join(", ", List.copyOf(media.missing()).subList(0,
                    Math.min(5, media.missing().size()))) + (media.missing().size() > 5 ? ", ..." : ""));
        }
        return new Bank(cards, skipped, warnings, pkg);
    }

    private static boolean startsWith(List<String> deck, List<String> prefix) {
        if (prefix.size() > deck.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!deck.get(i).toLowerCase(Locale.ROOT).equals(prefix.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> deckList(AnkiCollection collection) {
        TreeSet<String> names = new TreeSet<>();
        collection.deckNames().forEach(d -> names.add(String.join("::", d)));
        return List.copyOf(names);
    }
}
