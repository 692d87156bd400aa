package dev.interviewer.interview;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.QuestionPlanner;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.target.TargetService;
import dev.interviewer.interview.target.TargetedPlan;
import dev.interviewer.knowledge.Card;
import java.util.List;
import java.util.Random;

/**
 * Plans an interview's questions: over topics with the {@link QuestionPlanner}, or for a target (a job description
 * or résumé) with the {@link TargetService}, which also knows each question's requirement and the gap questions.
 */
final class Planning {
    /** The planned cards, the words that open a targeted interview (empty otherwise), and the targeted plan. */
    record Plan(List<Card> cards, String intro, TargetedPlan targeted) {
        List<String> cardIds() {
            return cards.stream().map(Card::id).toList();
        }
    }

    private final QuestionPlanner planner;
    private final TargetService targets;
    private final InterviewReader reader;

    /** @param targets null when the service has no search to map targets with */
    Planning(QuestionPlanner planner, TargetService targets, InterviewReader reader) {
        this.planner = planner;
        this.targets = targets;
        this.reader = reader;
    }

    /** The config with a saved target's text filled in. */
    InterviewConfig resolve(InterviewConfig config) {
        return config.targeted() ? requireTargets().resolve(config) : config;
    }

    Plan plan(String id, InterviewConfig config, long seed) {
        if (config.targeted()) {
            TargetedPlan plan = requireTargets().plan(id, config, reader.askableCards(), seed);
            return new Plan(plan.cards(), requireTargets().intro(plan, config), plan);
        }
        try {
            return new Plan(planner.plan(reader.askableCards(), config, new Random(seed)), "", null);
        } catch (IllegalArgumentException e) {
            throw InterviewException.invalid(e.getMessage());
        }
    }

    /** Keeps a targeted plan's requirements once the interview is stored. */
    void saved(String id, InterviewConfig config, Plan plan) {
        if (plan.targeted() != null) {
            targets.savePlan(id, config, plan.targeted());
        }
    }

    /** The requirement of each question of an interview; empty for an untargeted one. */
    List<QuestionRequirement> requirements(String id) {
        return targets == null ? List.of() : targets.requirements(id);
    }

    private TargetService requireTargets() {
        if (targets == null) {
            throw InterviewException.invalid("targeted interviews are not available here: there is no search to map "
                    + "the target onto the notes");
        }
        return targets;
    }
}
