package dev.interviewer.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hands out the card ids of one file, reporting and disambiguating cards that share a title. */
final class CardIdRegistry {
    private final String file;
    private final ProblemLog problems;
    private final Map<String, Integer> firstLines = new HashMap<>();

    CardIdRegistry(String file, ProblemLog problems) {
        this.file = file;
        this.problems = problems;
    }

    String assign(String title, List<String> path, int line) {
        String id = CardIds.of(file, title);
        Integer first = firstLines.putIfAbsent(id, line);
        if (first == null) {
            return id;
        }
        // The parent heading keeps the second id stable when cards elsewhere in the file move.
        String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
        String unique = parent.isEmpty() || title.startsWith(parent) ? id + "-2" : CardIds.of(file, parent + " " + title);
        for (int n = 2; firstLines.containsKey(unique); n++) {
            unique = id + "-" + n;
        }
        firstLines.put(unique, line);
        problems.warn(line, "duplicate card title \"" + title + "\" (first at line " + first + "); this card's id is "
                + unique);
        return unique;
    }
}
