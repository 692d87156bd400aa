package dev.interviewer.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as fixed-width UTC text, so that SQLite sorts them correctly as strings and nanoseconds survive. */
final class SqlTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlTime() {
    }

    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
