package dev.interviewer.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One topic of the notes: a heading with cards under it.
 *
 * @param path     the heading path that names the topic, outermost first (its last element is the title)
 * @param cards    how many answerable cards the topic holds, sub-topics included
 * @param children sub-topics in the order of the notes
 */
public record Topic(String title, List<String> path, int cards, List<Topic> children) {
    public Topic {
        Objects.requireNonNull(title, "title");
        path = List.copyOf(path);
        children = List.copyOf(children);
        if (cards < 0) {
            throw new IllegalArgumentException("topic " + title + " card count must be >= 0: " + cards);
        }
    }
}
