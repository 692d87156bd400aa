package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The notes' topics as a tree of heading paths with answerable-card counts, for picking what to practise.
 * A card belongs to a topic when the topic's path is a prefix of the card's path followed by its title, so a
 * heading that is both a card and a topic counts itself. Cards at the top of a file with no heading above them
 * are grouped under the file's name.
 */
public final class TopicTree {
    private final List<Topic> roots;
    private final Set<List<String>> headingTopics;

    private TopicTree(List<Topic> roots, Set<List<String>> headingTopics) {
        this.roots = List.copyOf(roots);
        this.headingTopics = Set.copyOf(headingTopics);
    }

    public static TopicTree of(List<Card> cards) {
        List<Card> answerable = cards.stream().filter(Card::hasReference).toList();
        Set<List<String>> topics = new LinkedHashSet<>();
        answerable.forEach(card -> addPrefixes(card.path(), topics));
        Set<List<String>> headingTopics = Set.copyOf(topics);
        List<List<String>> keys = answerable.stream().map(card -> key(card, headingTopics)).toList();
        keys.forEach(key -> addPrefixes(key.subList(0, key.size() - 1), topics));
        return new TopicTree(children(List.of(), topics, keys), headingTopics);
    }

    public List<Topic> roots() {
        return roots;
    }

    /** Whether the card is in the topic named by {@code topicPath} (or one of its sub-topics). */
    public boolean contains(List<String> topicPath, Card card) {
        return isPrefix(topicPath, key(card, headingTopics));
    }

    private static List<String> full(Card card) {
        List<String> full = new ArrayList<>(card.path());
        full.add(card.title());
        return full;
    }

    private static List<String> key(Card card, Set<List<String>> topics) {
        List<String> full = full(card);
        if (card.path().isEmpty() && !topics.contains(full)) {
            full.add(0, fileTopic(card.file()));
        }
        return full;
    }

    private static String fileTopic(String file) {
        return file.replaceFirst("(?i)\\.(md|markdown)$", "");
    }

    private static void addPrefixes(List<String> path, Set<List<String>> topics) {
        for (int i = 1; i <= path.size(); i++) {
            topics.add(List.copyOf(path.subList(0, i)));
        }
    }

    private static List<Topic> children(List<String> parent, Set<List<String>> topics, List<List<String>> keys) {
        List<Topic> children = new ArrayList<>();
        for (List<String> topic : topics) {
            if (topic.size() == parent.size() + 1 && topic.subList(0, parent.size()).equals(parent)) {
                int count = (int) keys.stream().filter(k -> isPrefix(topic, k)).count();
                children.add(new Topic(topic.get(topic.size() - 1), topic, count, children(topic, topics, keys)));
            }
        }
        return children;
    }

    private static boolean isPrefix(List<String> prefix, List<String> list) {
        return prefix.size() <= list.size() && list.subList(0, prefix.size()).equals(prefix);
    }
}
