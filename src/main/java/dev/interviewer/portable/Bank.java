package dev.interviewer.portable;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * What a reader got out of a question bank: its cards, the ones it could not use and why, notes worth telling the
 * user, and its media files (open until the bank is closed).
 */
record Bank(List<ImportedCard> cards, List<Skipped> skipped, List<String> warnings, MediaSource media)
        implements AutoCloseable {

    Bank {
        cards = List.copyOf(cards);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(media, "media");
    }

    @Override
    public void close() throws IOException {
        media.close();
    }
}
