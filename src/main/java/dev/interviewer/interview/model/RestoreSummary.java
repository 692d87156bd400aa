package dev.interviewer.interview.model;

import java.util.List;

/**
 * What a restore did, table by table.
 *
 * @param fromSchema the database schema the backup was written with
 * @param toSchema   the schema it was migrated to (this version's)
 */
public record RestoreSummary(int fromSchema, int toSchema, List<TableCount> tables) {
    public RestoreSummary {
        tables = List.copyOf(tables);
    }

    /**
     * One table's rows: {@code added} were new, {@code updated} replaced an older copy (a card's review state from
     * a later review), {@code present} were already there and left as they are.
     */
    public record TableCount(String table, int added, int updated, int present) {
    }

    public boolean migrated() {
        return fromSchema != toSchema;
    }

    /** Rows added or updated, over all tables: 0 when the store already held everything. */
    public int changed() {
        return tables.stream().mapToInt(t -> t.added() + t.updated()).sum();
    }
}
