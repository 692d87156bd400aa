package dev.interviewer.interview.target;

import java.util.Objects;

/**
 * One skill or topic a job description or résumé asks for.
 *
 * @param text   as shown to the candidate: the line's own words without its lead ("Experience with") and tail
 * @param query  what is searched for it in the notes
 * @param weight how much the text stresses it, 0-1 (1 = the most stressed requirement of the text)
 * @param named  it names something to study (a technology, a glossary term, a proper name); a requirement that
 *               does not, and that no card matches, is generic ("deliver results") and left off the map
 */
public record Requirement(String text, String query, double weight, boolean named) {
    public Requirement {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a requirement has text");
        }
        query = query == null || query.isBlank() ? text : query;
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("a requirement's weight is in (0, 1]: " + weight);
        }
    }
}
