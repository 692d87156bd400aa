package dev.interviewer.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a long key point. Points derived from plain notes are often whole sentences holding two or three
 * claims ("pooling reduces dimensions..., which also cuts the parameters, and also curbs overfitting"); an answer
 * that states one of them deserves part of the point, not nothing because no single clause of it says everything.
 */
final class PointParts {
    // Shorter points are one claim; their clauses would be fragments. English spends about 2.5 letters where
    // Chinese spends one character.
    static final int MIN_POINT_CHARS = 40;
    private static final int MIN_PART_CHARS = 8;
    private static final double LATIN_PER_CJK = 2.5;
    private static final int MAX_PARTS = 4;

    private PointParts() {
    }

    /** The parts of a long point, or none when it is short or does not split into at least two real clauses. */
    static List<String> of(String point) {
        if (length(point) < MIN_POINT_CHARS) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : point.split("(?<=[\uFF0C,\uFF1B;\uFF1A:])\\s*")) {
            current.append(piece);
            if (length(current.toString()) >= MIN_PART_CHARS) {
                parts.add(current.toString().replaceAll("[\uFF0C,\uFF1B;\uFF1A:]\\s*$", "").strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty() && !parts.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + current);
        }
        if (parts.size() < 2) {
            return List.of();
        }
        return parts.size() <= MAX_PARTS ? parts : merge(parts);
    }

    /** Length in Chinese characters, or the Latin letters that say as much. */
    private static double length(String text) {
        long cjk = text.codePoints().filter(Character::isIdeographic).count();
        long latin = text.codePoints().filter(c -> Character.isLetterOrDigit(c) && !Character.isIdeographic(c)).count();
        return cjk + latin / LATIN_PER_CJK;
    }

    // Too many small clauses: pair them up rather than drop any.
    private static List<String> merge(List<String> parts) {
        List<String> merged = new ArrayList<>();
        int size = (parts.size() + MAX_PARTS - 1) / MAX_PARTS;
        for (int i = 0; i < parts.size(); i += size) {
            merged.add(String.join("\uFF0C", parts.subList(i, Math.min(parts.size(), i + size))));
        }
        return merged;
    }
}
