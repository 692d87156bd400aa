package dev.interviewer.web;

import dev.interviewer.knowledge.Card;
import java.io.IOException;
import java.util.List;

/** Writes cards as an Anki package (.apkg) for a download; the composition root wires the exporter behind it. */
@FunctionalInterface
public interface AnkiPackages {
    /** The package's bytes; {@code cards} is never empty. */
    byte[] write(List<Card> cards) throws IOException;
}
