package dev.interviewer.interview.model;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.CardIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Matches the topics a candidate typed against cards: a topic names a card when it equals, ignoring case and
 * punctuation, one of the card's headings above it, its title, one of its tags, its notes file (with or without
 * folders) or a folder it is in (from the notes folder down: "imported/my-deck"), so "rlhf", "RL and RLHF" and
 * "rl-and-rlhf" all work.
 */
public final class TopicFilter {
    private final Set<String> wanted = new TreeSet<>();

    public TopicFilter(List<String> topics) {
        topics.forEach(t -> wanted.add(CardIds.slug(stem(t))));
    }

    public boolean any() {
        return wanted.isEmpty();
    }

    public boolean matches(Card card) {
        return any() || names(card).stream().map(CardIds::slug).anyMatch(wanted::contains);
    }

    /** Topic names worth suggesting when nothing matched: the cards' top headings, files and tags. */
    public static Set<String> available(List<Card> cards) {
        Set<String> names = new TreeSet<>();
        for (Card card : cards) {
            names.add(card.topic());
            names.add(stem(card.file()));
            names.addAll(card.tags());
        }
        return names;
    }

    private static List<String> names(Card card) {
        List<String> names = new ArrayList<>(card.path());
        names.add(card.title());
        names.addAll(card.tags());
        String stem = stem(card.file());
        names.add(stem);
        names.add(stem.substring(stem.lastIndexOf('/') + 1));
        // Every folder above the file, as a path from the notes folder: an imported deck is one folder.
        for (int slash = stem.indexOf('/'); slash > 0; slash = stem.indexOf('/', slash + 1)) {
            names.add(stem.substring(0, slash));
        }
        return names;
    }

    private static String stem(String file) {
        return file.replace('\\', '/').replaceFirst("(?i)\\.(md|markdown)$", "");
    }
}
