package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an interview stands. ASKING and FOLLOWING_UP wait for the candidate; GRADING means an answer is stored
 * but not graded yet; DECIDING means every turn has its outcome but the next step was not stored (a crash in
 * between). Both are settled when the interview is next used. FINISHED takes nothing more.
 */
public enum InterviewState {
    ASKING, FOLLOWING_UP, GRADING, DECIDING, FINISHED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
