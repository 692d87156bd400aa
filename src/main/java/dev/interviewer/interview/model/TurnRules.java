package dev.interviewer.interview.model;

import java.util.List;

/** The state rules every store enforces before a write, so a bad write changes nothing. */
public final class TurnRules {
    private TurnRules() {
    }

    public static StoredInterview active(StoredInterview interview) {
        if (interview.status().over()) {
            throw new IllegalStateException("interview " + interview.id() + " is " + interview.status().label());
        }
        return interview;
    }

    public static Turn turn(StoredInterview interview, int turnIndex) {
        if (turnIndex < 0 || turnIndex >= interview.turns().size()) {
            throw new IllegalStateException("interview " + interview.id() + " has no turn " + turnIndex);
        }
        return interview.turns().get(turnIndex);
    }

    /** Checks that {@code next} may follow {@code turns}: the next index, and every earlier turn closed. */
    public static void requireAppendable(String interviewId, List<Turn> turns, Turn next) {
        if (next.index() != turns.size()) {
            throw new IllegalStateException("interview " + interviewId + " expects turn " + turns.size()
                    + ", got " + next.index());
        }
        if (!turns.isEmpty() && !turns.get(turns.size() - 1).status().closed()) {
            throw new IllegalStateException("interview " + interviewId + " turn " + (turns.size() - 1)
                    + " is still open");
        }
    }
}
