package dev.interviewer.portable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes imported cards as notes files (see knowledge/README.md): one file per deck, the deck's parents as folders,
 * a {@code #} heading per topic and a {@code ##} heading per card with the answer under it, then the card's key
 * points, sources, question, level and tags as annotations. Media go to {@code media/} at the top.
 */
final class NotesWriter {
    /** The notes loader skips files over 2 MB; a deck larger than this is split into parts. */
    static final int MAX_FILE_BYTES = 1_500_000;
    static final String MEDIA_FOLDER = "media";

    private final Path root;
    private final MediaSource media;
    private final String sourceName;

    /** What was written: the notes files (relative to the root) and how many media files were copied. */
    record Written(List<String> files, int media, int missingMedia) {
    }

    NotesWriter(Path root, MediaSource media, String sourceName) {
        this.root = root;
        this.media = media;
        this.sourceName = sourceName;
    }

    Written write(List<ImportedCard> cards) throws IOException {
        Map<List<String>, List<ImportedCard>> byDeck = new LinkedHashMap<>();
        for (ImportedCard card : cards) {
            byDeck.computeIfAbsent(card.deck(), d -> new ArrayList<>()).add(card);
        }
        List<String> files = new ArrayList<>();
        for (Map.Entry<List<String>, List<ImportedCard>> deck : byDeck.entrySet()) {
            files.addAll(writeDeck(deck.getKey(), deck.getValue()));
        }
        int[] copied = copyMedia(cards);
        return new Written(files, copied[0], copied[1]);
    }

    private List<String> writeDeck(List<String> deck, List<ImportedCard> cards) throws IOException {
        List<String> folders = deck.subList(0, deck.size() - 1).stream().map(DeckNames::fileName).toList();
        String stem = DeckNames.fileName(deck.get(deck.size() - 1));
        String mediaPrefix = "../".repeat(folders.size()) + MEDIA_FOLDER + "/";
        List<String> written = new ArrayList<>();
        List<String> parts = new DeckFile(deck.get(deck.size() - 1), sourceName).parts(cards, MAX_FILE_BYTES);
        for (int i = 0; i < parts.size(); i++) {
            String name = String.join("/", folders) + (folders.isEmpty() ? "" : "/") + stem
                    + (i == 0 ? "" : "-" + (i + 1)) + ".md";
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, parts.get(i).replace(MediaLinks.MEDIA_FOLDER, mediaPrefix),
                    StandardCharsets.UTF_8);
            written.add(name);
        }
        return written;
    }

    /** Copies each media file that a written card links to, once; returns {copied, missing}. */
    private int[] copyMedia(List<ImportedCard> cards) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        cards.forEach(c -> names.addAll(c.media()));
        int copied = 0;
        int missing = 0;
        for (String name : names) {
            Path target = root.resolve(MEDIA_FOLDER).resolve(MediaNames.safe(name));
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                continue;
            }
            if (media.copy(name, target)) {
                copied++;
            } else {
                missing++;
            }
        }
        return new int[] {copied, missing};
    }
}
