package dev.interviewer.portable;

import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a CSV / TSV sheet or a key of a JSON line holds, recognised by its name in any language: the
 * word lists {@code lang/<code>/words/bank-column-<column>.txt}.
 */
enum Column {
    QUESTION, ANSWER, TAGS, LEVEL, TOPIC, DECK;

    private final List<String> names = Wording.wordsOfEveryLanguage("bank-column-" + name().toLowerCase(Locale.ROOT))
            .stream().map(Column::normalized).distinct().toList();

    /** The names accepted for this column, for error messages. */
    List<String> names() {
        return names;
    }

    static Optional<Column> named(String header) {
        String name = normalized(header);
        for (Column column : values()) {
            if (column.names.contains(name)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    // Spaces, underscores, dashes and colons (ASCII or full-width, U+FF1A) are not part of a column's name. (A
    // constant's names are read as it is built, before the enum's static fields are: no static Pattern here.)
    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-:\uFF1A]", "");
    }
}
