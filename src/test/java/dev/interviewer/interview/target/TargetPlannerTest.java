package dev.interviewer.interview.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.interview.model.TargetChoice;
import dev.interviewer.knowledge.Card;
import dev.interviewer.testing.CardBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TargetPlannerTest {
    private final TargetPlanner planner = new TargetPlanner();
    private final List<Card> cards = new ArrayList<>();

    private Card card(String id, int level) {
        Card card = CardBuilder.card(id).title(id).reference("ref").level(level).build();
        cards.add(card);
        return card;
    }

    private static RequirementMatch covered(String text, double weight, Card... matched) {
        return RequirementMatch.of(new Requirement(text, text, weight, true),
                Arrays.stream(matched).map(c -> new MatchedCard(c.id(), c.title(), 0.5)).toList());
    }

    private static RequirementMatch gap(String text, double weight) {
        return RequirementMatch.of(new Requirement(text, text, weight, true), List.of());
    }

    private static InterviewConfig config(int questions, InterviewMode mode, int level, Reach reach) {
        return new InterviewConfig(List.of(), questions, level, "en", 2, mode, InterviewStyle.STANDARD, 0,
                new TargetChoice("a job", "", "", reach, true));
    }

    private static InterviewConfig config(int questions) {
        return config(questions, InterviewMode.INTERVIEW, 0, Reach.CLOSE);
    }

    private List<PlannedQuestion> plan(TargetMap map, InterviewConfig config, Map<String, Double> weakness,
            int gapSlots, long seed) {
        return plan(map, config, weakness, gapSlots, seed, c -> List.of());
    }

    private List<PlannedQuestion> plan(TargetMap map, InterviewConfig config, Map<String, Double> weakness,
            int gapSlots, long seed, Function<Card, List<MatchedCard>> neighbours) {
        return planner.plan(map, config, new TargetPlanner.Inputs(cards, weakness, neighbours, gapSlots),
                new Random(seed));
    }

    private static List<String> ids(List<PlannedQuestion> plan) {
        return plan.stream().filter(q -> !q.gap()).map(q -> q.card().id()).toList();
    }

    @Test
    void asksOnlyCardsOfCoveredRequirementsAndNoCardTwice() {
        Card dpo = card("rlhf/dpo", 1);
        Card kv = card("inference/kv-cache", 2);
        Card zero = card("dist/zero", 2);
        Card zero3 = card("dist/zero3", 3);
        card("unrelated/moe", 1);
        TargetMap map = TargetMap.of(List.of(covered("DPO", 1, dpo), covered("KV cache", 0.8, kv, dpo),
                covered("ZeRO", 0.8, zero, zero3), gap("Kubernetes operators", 0.8)));

        for (long seed = 0; seed < 50; seed++) {
            List<String> ids = ids(plan(map, config(10), Map.of(), 0, seed));
            assertThat(ids).doesNotHaveDuplicates().doesNotContain("unrelated/moe")
                    .containsExactlyInAnyOrder("rlhf/dpo", "inference/kv-cache", "dist/zero", "dist/zero3");
        }
    }

    @Test
    void theSameSeedGivesTheSamePlanAndSeedsVary() {
        List<Card> many = IntStream.range(0, 12).mapToObj(i -> card("c/" + i, 1 + i % 3)).toList();
        TargetMap map = TargetMap.of(List.of(covered("A", 1, many.subList(0, 6).toArray(Card[]::new)),
                covered("B", 0.6, many.subList(6, 12).toArray(Card[]::new))));

        assertThat(ids(plan(map, config(5), Map.of(), 0, 7))).isEqualTo(ids(plan(map, config(5), Map.of(), 0, 7)));
        Set<List<String>> plans = new HashSet<>();
        IntStream.range(0, 20).forEach(s -> plans.add(ids(plan(map, config(5), Map.of(), 0, s))));
        assertThat(plans).hasSizeGreaterThan(5);
    }

    @Test
    void everyCoveredRequirementIsAskedOnceBeforeAnyIsAskedTwice() {
        Card a1 = card("a/1", 1);
        Card a2 = card("a/2", 1);
        Card b1 = card("b/1", 1);
        Card c1 = card("c/1", 1);
        TargetMap map = TargetMap.of(List.of(covered("A", 1, a1, a2), covered("B", 0.3, b1), covered("C", 0.3, c1)));

        for (long seed = 0; seed < 30; seed++) {
            List<PlannedQuestion> plan = plan(map, config(3), Map.of(), 0, seed);
            assertThat(plan).extracting(PlannedQuestion::requirement).containsExactlyInAnyOrder("A", "B", "C");
        }
    }

    @Test
    void requirementsTheTextStressesMoreComeUpMoreOften() {
        Card stressed = card("stressed/1", 1);
        Card mentioned = card("mentioned/1", 1);
        TargetMap map = TargetMap.of(List.of(covered("stressed", 1.0, stressed), covered("mentioned", 0.2, mentioned)));

        long firstPick = IntStream.range(0, 300)
                .filter(s -> ids(plan(map, config(1), Map.of(), 0, s)).equals(List.of("stressed/1"))).count();

        assertThat(firstPick).isGreaterThan(200);
    }

    @Test
    void weakCardsAreMoreLikelyAndDrillInsistsOnThem() {
        Card weak = card("r/weak", 1);
        Card known = card("r/known", 1);
        TargetMap map = TargetMap.of(List.of(covered("R", 1, weak, known)));
        Map<String, Double> weakness = Map.of("r/weak", 1.0, "r/known", 0.0);

        long interview = IntStream.range(0, 300).filter(s -> ids(plan(map, config(1), weakness, 0, s))
                .equals(List.of("r/weak"))).count();
        long drill = IntStream.range(0, 300).filter(s -> ids(plan(map, config(1, InterviewMode.DRILL, 0,
                Reach.CLOSE), weakness, 0, s)).equals(List.of("r/weak"))).count();

        assertThat(interview).isBetween(180L, 270L);
        assertThat(drill).isGreaterThan(270L);
    }

    @Test
    void theChosenLevelIsPreferredAndQuestionsGoFromBasicToAdvanced() {
        Card basic = card("r/basic", 1);
        Card advanced = card("r/advanced", 3);
        Card middle = card("s/middle", 2);
        TargetMap map = TargetMap.of(List.of(covered("R", 1, basic, advanced), covered("S", 1, middle)));

        long advancedFirst = IntStream.range(0, 300).filter(s -> ids(plan(map, config(1,
                InterviewMode.INTERVIEW, 3, Reach.CLOSE), Map.of(), 0, s)).contains("r/advanced")).count();
        List<String> all = ids(plan(map, config(3), Map.of(), 0, 1));

        assertThat(advancedFirst).isGreaterThan(60);
        assertThat(all).containsExactly("r/basic", "s/middle", "r/advanced");
    }

    @Test
    void gapsAreAtMostAThirdOfTheQuestionsAndComeLast() {
        Card a = card("a/1", 1);
        Card b = card("b/1", 1);
        Card c = card("c/1", 1);
        Card d = card("d/1", 1);
        TargetMap map = TargetMap.of(List.of(covered("A", 1, a), covered("B", 1, b), covered("C", 1, c),
                covered("D", 1, d), gap("G1", 1), gap("G2", 0.5), gap("G3", 0.5)));

        List<PlannedQuestion> six = plan(map, config(6), Map.of(), 10, 3);
        List<PlannedQuestion> two = plan(map, config(2), Map.of(), 10, 3);
        List<PlannedQuestion> offline = plan(map, config(6), Map.of(), 0, 3);

        assertThat(six).hasSize(6);
        assertThat(six.stream().filter(PlannedQuestion::gap).count()).isEqualTo(2);
        assertThat(six.subList(4, 6)).allMatch(PlannedQuestion::gap);
        assertThat(two).noneMatch(PlannedQuestion::gap);
        assertThat(offline).noneMatch(PlannedQuestion::gap).hasSize(4);
    }

    @Test
    void exploreAlsoDrawsCardsNearTheMatchedOnes() {
        Card dpo = card("rlhf/dpo", 1);
        Card ipo = card("pref/ipo", 1);
        TargetMap map = TargetMap.of(List.of(covered("DPO", 1, dpo)));
        Function<Card, List<MatchedCard>> neighbours = c -> List.of(new MatchedCard("pref/ipo", "ipo", 0.6));

        List<String> close = ids(plan(map, config(3), Map.of(), 0, 1, neighbours));
        List<String> explore = ids(plan(map, config(3, InterviewMode.INTERVIEW, 0, Reach.EXPLORE), Map.of(), 0, 1,
                neighbours));

        assertThat(close).containsExactly("rlhf/dpo");
        assertThat(explore).containsExactlyInAnyOrder("rlhf/dpo", "pref/ipo");
        assertThat(ipo.id()).isIn(explore);
    }

    @Test
    void aTargetTheNotesDoNotCoverAtAllCannotBePlanned() {
        TargetMap none = TargetMap.of(List.of(gap("Kubernetes operators", 1)));

        assertThatThrownBy(() -> plan(none, config(3), Map.of(), 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the target's 1 requirements is covered");
        assertThatThrownBy(() -> plan(TargetMap.of(List.of()), config(3), Map.of(), 0, 1))
                .hasMessageContaining("no requirement found");
    }
}
