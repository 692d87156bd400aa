package dev.interviewer.interview.model;

import dev.interviewer.knowledge.KeyPoint;

/** What comes after a turn, decided by code: a follow-up on one key point, the next question, or the end. */
public record Decision(Step step, KeyPoint target) {
    /** The kinds of next step. */
    public enum Step { FOLLOW_UP, NEXT_QUESTION, FINISH }

    public Decision {
        if ((step == Step.FOLLOW_UP) != (target != null)) {
            throw new IllegalArgumentException("a follow-up, and only a follow-up, has a target key point");
        }
    }

    public static Decision followUp(KeyPoint target) {
        return new Decision(Step.FOLLOW_UP, target);
    }

    public static Decision moveOn(boolean moreQuestions) {
        return new Decision(moreQuestions ? Step.NEXT_QUESTION : Step.FINISH, null);
    }
}
