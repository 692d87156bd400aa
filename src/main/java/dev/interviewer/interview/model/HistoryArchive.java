package dev.interviewer.interview.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The whole practice history (interviews, turns with their grades, review state) as one versioned JSON document,
 * and back. The store implements it; the CLI and the HTTP API only move the bytes.
 */
public interface HistoryArchive {
    /** Writes a backup of everything the store holds, as it is at one instant; returns the rows per table. */
    Map<String, Integer> backup(OutputStream out) throws IOException;

    /**
     * Merges a backup into the store in one transaction: what is already there is kept, so restoring the same
     * backup twice changes nothing. A backup of an older schema is migrated first.
     *
     * @throws InvalidBackupException when the document is not a backup this version can read; nothing changes
     */
    RestoreSummary restore(InputStream in) throws IOException;
}
