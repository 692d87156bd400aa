package dev.interviewer.interview.target;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.knowledge.Card;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Chooses a targeted interview's questions: only cards linked to covered requirements (with "explore", also cards
 * near them in the notes), one per requirement in turn before any requirement gets a second, requirements the
 * text stresses more coming up first more often, and within a requirement the cards the candidate is weak on
 * (history and memory state) and those at the chosen level more likely. No card twice; the same seed and inputs
 * give the same plan. Up to a third of the questions may be gaps, asked last.
 */
public final class TargetPlanner {
    /** A card never practised counts as this weak: neither known nor failed. */
    static final double UNKNOWN_WEAKNESS = 0.5;
    /** A card found near a matched one counts for this share of its score. */
    static final double NEIGHBOUR_SHARE = 0.6;
    /** Neighbours looked up per requirement: those of its best cards only. */
    static final int NEIGHBOURS_OF = 2;
    static final int NEIGHBOURS_EACH = 3;

    /** What the plan is drawn from, besides the map. */
    public record Inputs(List<Card> askable, Map<String, Double> weakness,
            Function<Card, List<MatchedCard>> neighbours, int gapSlots) {
        public Inputs {
            askable = List.copyOf(askable);
            weakness = Map.copyOf(weakness);
        }
    }

    /** The planned questions: cards from the easiest up, then gaps; never empty. */
    public List<PlannedQuestion> plan(TargetMap map, InterviewConfig config, Inputs inputs, Random random) {
        Map<String, Card> askable = new LinkedHashMap<>();
        inputs.askable().forEach(c -> askable.put(c.id(), c));
        List<Pool> pools = pools(map, config.target().reach(), askable, inputs.neighbours());
        if (pools.isEmpty()) {
            throw new IllegalArgumentException(map.requirements().isEmpty()
                    ? "no requirement found in the target text: paste the requirements of a job description or the "
                            + "experience of a resume"
                    : "none of the target's " + map.requirements().size() + " requirements is covered by your notes;"
                            + " see the gaps to write notes for");
        }
        int gaps = Math.min(Math.min(inputs.gapSlots(), config.questions() / 3), map.gaps().size());
        List<PlannedQuestion> chosen = cards(pools, config, inputs.weakness(), config.questions() - gaps, random);
        chosen.sort(Comparator.comparingInt(q -> q.card().level()));
        chosen.addAll(gaps(map.gaps(), gaps, random));
        return chosen;
    }

    /** The covered requirements with the askable cards each may draw from. */
    private static List<Pool> pools(TargetMap map, Reach reach, Map<String, Card> askable,
            Function<Card, List<MatchedCard>> neighbours) {
        List<Pool> pools = new ArrayList<>();
        for (RequirementMatch requirement : map.covered()) {
            Map<Card, Double> scores = new LinkedHashMap<>();
            requirement.cards().stream().filter(m -> askable.containsKey(m.id()))
                    .forEach(m -> scores.put(askable.get(m.id()), m.score()));
            if (reach == Reach.EXPLORE) {
                List<Card> best = List.copyOf(scores.keySet()).subList(0, Math.min(NEIGHBOURS_OF, scores.size()));
                for (Card card : best) {
                    neighbours.apply(card).stream().filter(n -> askable.containsKey(n.id())).limit(NEIGHBOURS_EACH)
                            .forEach(n -> scores.putIfAbsent(askable.get(n.id()), n.score() * NEIGHBOUR_SHARE));
                }
            }
            if (!scores.isEmpty()) {
                pools.add(new Pool(requirement, scores));
            }
        }
        return pools;
    }

    private static List<PlannedQuestion> cards(List<Pool> pools, InterviewConfig config, Map<String, Double> weakness,
            int wanted, Random random) {
        List<PlannedQuestion> chosen = new ArrayList<>();
        Set<String> used = new HashSet<>();
        while (chosen.size() < wanted) {
            List<Pool> open = pools.stream().filter(p -> p.hasUnused(used)).toList();
            if (open.isEmpty()) {
                break;
            }
            // One round: each requirement once, the more stressed ones earlier (and so more often first in line).
            for (Pool pool : weightedOrder(open, Pool::weight, random)) {
                if (chosen.size() < wanted && pool.hasUnused(used)) {
                    Card card = pool.draw(used, c -> cardWeight(c, pool, config, weakness), random);
                    used.add(card.id());
                    chosen.add(new PlannedQuestion(card, pool.requirement().text(), pool.requirement().weight()));
                }
            }
        }
        return chosen;
    }

    static double cardWeight(Card card, Pool pool, InterviewConfig config, Map<String, Double> weakness) {
        double weak = weakness.getOrDefault(card.id(), UNKNOWN_WEAKNESS);
        // Drill asks what the candidate is weak on; an interview leans that way without insisting.
        double weakFactor = config.mode() == InterviewMode.DRILL ? 0.05 + 2 * weak : 0.5 + weak;
        double levelFactor = config.level() == 0 ? 1 : 1.0 / (1 + Math.abs(card.level() - config.level()));
        return pool.requirement().weight() * (0.5 + pool.score(card)) * weakFactor * levelFactor;
    }

    private static List<PlannedQuestion> gaps(List<RequirementMatch> gaps, int wanted, Random random) {
        return weightedOrder(gaps, RequirementMatch::weight, random).stream().limit(wanted)
                .map(g -> new PlannedQuestion(null, g.text(), g.weight())).toList();
    }

    /** A weighted random order (Efraimidis-Spirakis keys): heavier items tend to come first. */
    static <T> List<T> weightedOrder(List<T> items, ToDoubleFunction<T> weight, Random random) {
        List<Keyed<T>> keyed = new ArrayList<>();
        for (T item : items) {
            keyed.add(new Keyed<>(item, Math.pow(random.nextDouble(), 1 / Math.max(1e-6, weight.applyAsDouble(item)))));
        }
        keyed.sort(Comparator.comparingDouble((Keyed<T> k) -> k.key()).reversed());
        return keyed.stream().map(Keyed::item).toList();
    }

    private record Keyed<T>(T item, double key) {
    }

    /** A covered requirement and the cards it may draw from, with their match scores. */
    record Pool(RequirementMatch requirement, Map<Card, Double> scores) {
        double weight() {
            return requirement.weight();
        }

        double score(Card card) {
            return scores.getOrDefault(card, 0.0);
        }

        boolean hasUnused(Set<String> used) {
            return scores.keySet().stream().anyMatch(c -> !used.contains(c.id()));
        }

        Card draw(Set<String> used, ToDoubleFunction<Card> weight, Random random) {
            List<Card> unused = scores.keySet().stream().filter(c -> !used.contains(c.id())).toList();
            return weightedOrder(unused, weight, random).get(0);
        }
    }
}
