package dev.interviewer.interview.model;

import dev.interviewer.knowledge.Card;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses an interview's main questions: cards from the chosen topics, never the same card twice, taken in turn
 * from each topic so one topic does not crowd out the others, alternating levels within a topic, and ordered from
 * basic to advanced. A chosen level is preferred, with the nearest levels filling in. In drill mode the cards the
 * review schedule says are due or weak come first.
 */
public final class QuestionPlanner {
    private final ReviewSchedule schedule;
    private final Clock clock;

    public QuestionPlanner(ReviewSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The planned cards, at most {@code config.questions()} of them, never empty. */
    public List<Card> plan(List<Card> answerable, InterviewConfig config, Random random) {
        TopicFilter filter = new TopicFilter(config.topics());
        if (answerable.isEmpty()) {
            throw new IllegalArgumentException("the notes have no card with a reference answer to ask about");
        }
        List<Card> candidates = answerable.stream().filter(filter::matches).toList();
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no card matches the topics " + config.topics() + "; try one of: "
                    + String.join(", ", TopicFilter.available(answerable)));
        }
        List<Card> chosen = new ArrayList<>();
        if (config.mode() == InterviewMode.DRILL) {
            chosen.addAll(dueCards(candidates, config.questions()));
        }
        List<Card> rest = candidates.stream().filter(c -> !chosen.contains(c)).toList();
        List<Card> spread = spread(preferLevel(rest, config.level(), config.questions() - chosen.size()), random);
        chosen.addAll(easiestFirst(spread.subList(0, Math.min(spread.size(), config.questions() - chosen.size()))));
        return chosen;
    }

    private List<Card> dueCards(List<Card> candidates, int limit) {
        Map<String, Card> byId = new LinkedHashMap<>();
        candidates.forEach(c -> byId.put(c.id(), c));
        List<Card> due = new ArrayList<>();
        for (String id : schedule.due(clock.instant(), limit * 4)) {
            Card card = byId.get(id);
            if (card != null && !due.contains(card) && due.size() < limit) {
                due.add(card);
            }
        }
        return due;
    }

    // With a chosen level, keep the cards at that level and then the nearest ones, enough to fill the interview.
    private static List<Card> preferLevel(List<Card> cards, int level, int wanted) {
        if (level == 0 || wanted <= 0) {
            return cards;
        }
        TreeMap<Integer, List<Card>> byDistance = new TreeMap<>();
        cards.forEach(c -> byDistance.computeIfAbsent(Math.abs(c.level() - level), d -> new ArrayList<>()).add(c));
        List<Card> kept = new ArrayList<>();
        for (List<Card> group : byDistance.values()) {
            if (kept.size() >= wanted) {
                break;
            }
            kept.addAll(group);
        }
        return kept;
    }

    private static List<Card> spread(List<Card> cards, Random random) {
        Map<String, List<Card>> byTopic = new TreeMap<>();
        cards.forEach(c -> byTopic.computeIfAbsent(c.topic(), t -> new ArrayList<>()).add(c));
        List<Deque<Card>> topics = new ArrayList<>();
        for (List<Card> topic : byTopic.values()) {
            topics.add(new ArrayDeque<>(alternateLevels(topic, random)));
        }
        Collections.shuffle(topics, random);
        List<Card> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (topics.stream().anyMatch(d -> !d.isEmpty())) {
            for (Deque<Card> topic : topics) {
                Card next = topic.pollFirst();
                if (next != null && seen.add(next.id())) {
                    order.add(next);
                }
            }
        }
        return order;
    }

    /** Shuffles a topic's cards, then deals them level by level so its first few cards differ in level. */
    private static List<Card> alternateLevels(List<Card> topic, Random random) {
        List<Card> shuffled = new ArrayList<>(topic);
        Collections.shuffle(shuffled, random);
        Map<Integer, Deque<Card>> byLevel = new TreeMap<>();
        shuffled.forEach(c -> byLevel.computeIfAbsent(c.level(), l -> new ArrayDeque<>()).add(c));
        List<Card> dealt = new ArrayList<>();
        while (dealt.size() < shuffled.size()) {
            byLevel.values().forEach(d -> {
                if (!d.isEmpty()) {
                    dealt.add(d.pollFirst());
                }
            });
        }
        return dealt;
    }

    /** Basic questions first: a stable sort keeps the topic rotation within each level. */
    static List<Card> easiestFirst(List<Card> cards) {
        List<Card> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparingInt(Card::level));
        return sorted;
    }
}
