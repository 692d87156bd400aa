package dev.interviewer.portable;

import dev.interviewer.knowledge.CardIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a question bank (Anki package, CSV / TSV sheet, JSON Lines) into notes files the app reads, writing
 * them beside the output folder first and moving them in only when all went well.
 */
public final class CardImporter {

    /**
     * @param input     the bank
     * @param out       the notes folder to write into (created if missing)
     * @param deck      Anki: the deck to import ("A::B", with the decks under it); text banks: the deck's name;
     *                  empty for the default (every deck; the file's name)
     * @param overwrite whether files already in {@code out} may be replaced
     */
    public ImportSummary importFile(Path input, Path out, String deck, boolean overwrite) throws IOException {
        if (!Files.isRegularFile(input)) {
            throw new ImportException(input + " not found");
        }
        try (Bank bank = read(input, deck == null ? "" : deck.strip())) {
            List<Skipped> skipped = new ArrayList<>(bank.skipped());
            List<ImportedCard> cards = withoutDuplicates(bank.cards(), skipped);
            if (cards.isEmpty()) {
                throw new ImportException(input.getFileName() + ": no cards to import"
                        + (skipped.isEmpty() ? "" : " (" + skipped.size() + " skipped, e.g. "
                        + skipped.get(0).reason() + " at " + skipped.get(0).where() + ")"));
            }
            try (StagedFolder staged = StagedFolder.beside(out)) {
                NotesWriter.Written written = new NotesWriter(staged.path(), bank.media(),
                        input.getFileName().toString()).write(cards);
                staged.commitTo(out, overwrite);
                List<String> warnings = new ArrayList<>(bank.warnings());
                if (written.missingMedia() > 0) {
                    warnings.add(written.missingMedia() + " media files could not be read from the package");
                }
                return new ImportSummary(input.getFileName().toString(), out.toString(), cards.size(),
                        written.files(), written.media(), skipped, warnings);
            }
        }
    }

    private static Bank read(Path input, String deck) throws IOException {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "apkg", "colpkg" -> new AnkiReader().read(input, deck);
            case "csv", "tsv", "tab", "txt" -> new DelimitedReader().read(input, deck);
            case "jsonl", "ndjson", "json" -> new JsonLinesReader().read(input, deck);
            default -> throw new ImportException(input.getFileName() + ": unknown kind of file (import reads "
                    + ".apkg, .colpkg, .csv, .tsv, .txt, .jsonl and .json)");
        };
    }

    /**
     * Two cards of one deck with the same question would get the same card id; the later one is skipped, since a
     * bank's duplicates are nearly always the same card twice.
     */
    private static List<ImportedCard> withoutDuplicates(List<ImportedCard> cards, List<Skipped> skipped) {
        Map<String, ImportedCard> seen = new HashMap<>();
        List<ImportedCard> unique = new ArrayList<>();
        for (ImportedCard card : cards) {
            String key = String.join("\u0000", card.deck()).toLowerCase(Locale.ROOT) + "\u0001"
                    + CardIds.slug(SafeMarkdown.heading(card.question()));
            ImportedCard first = seen.putIfAbsent(key, card);
            if (first == null) {
                unique.add(card);
            } else {
                skipped.add(new Skipped("duplicate question", card.origin() + " = " + first.origin()));
            }
        }
        return unique;
    }
}
