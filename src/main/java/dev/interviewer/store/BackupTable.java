package dev.interviewer.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table a history backup holds, and how a restore merges its rows into a store that may have some already.
 * {@link #ALL} lists them parents first; every table of the schema is either there or in {@link #LEFT_OUT}
 * (a test checks), so a table added by a later migration is backed up or left out on purpose, never forgotten.
 *
 * @param key     the columns that identify a row across databases
 * @param omitted columns that mean something only inside one database file (local row numbers)
 */
record BackupTable(String name, List<String> key, List<String> omitted, Merge merge) {

    /** How a row of the backup meets the store. */
    enum Merge {
        /** Added when its key is new; an existing row is kept as it is (the store's copy may be further along). */
        KEEP_EXISTING,
        /**
         * A turn is added only with its interview: an interview is restored whole or not at all, so turns of an
         * interview the store already has never mix with that interview's own.
         */
        WITH_NEW_INTERVIEW,
        /** A card's review state: the copy from the later review wins, since it already counts the earlier ones. */
        LATER_REVIEW_WINS
    }

    static final List<BackupTable> ALL = List.of(
            new BackupTable("interviews", List.of("id"), List.of(), Merge.KEEP_EXISTING),
            new BackupTable("turns", List.of("interview_id", "idx"), List.of(), Merge.WITH_NEW_INTERVIEW),
            new BackupTable("card_reviews", List.of("card_id"), List.of(), Merge.LATER_REVIEW_WINS),
            // (card_id, reviewed_at) is unique: the same review is never logged twice.
            new BackupTable("review_log", List.of("card_id", "reviewed_at"), List.of("id"), Merge.KEEP_EXISTING),
            new BackupTable("targets", List.of("id"), List.of(), Merge.KEEP_EXISTING),
            // A targeted interview's requirements go with it, as its turns do.
            new BackupTable("interview_requirements", List.of("interview_id", "question"), List.of(),
                    Merge.WITH_NEW_INTERVIEW));

    /** Bookkeeping, not history: which migrations the database file has had. */
    static final Set<String> LEFT_OUT = Set.of("schema_version");

    BackupTable {
        key = List.copyOf(key);
        omitted = List.copyOf(omitted);
    }

    static Optional<BackupTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** SQL for an identifier that comes from this list or from the schema itself, quoted all the same. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
