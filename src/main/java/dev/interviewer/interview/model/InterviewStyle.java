package dev.interviewer.interview.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How the interviewer behaves: its tone (the offline phrasebook and the model's instructions), how deep it follows
 * up, how many hints it gives and the default timer. Standard is what the interviewer always did.
 */
public enum InterviewStyle {
    /** Warm, one follow-up by default, stops digging at 70% coverage, hints on every missed point, no timer. */
    FRIENDLY(1, 0.7, Integer.MAX_VALUE, 0),
    /** Neutral, two follow-ups, 80% coverage, up to two hints a question, five minutes a question. */
    STANDARD(2, FollowUpPolicy.COVERED, 2, 5),
    /** Terse and probing, three follow-ups, 90% coverage, no hints, two minutes a question. */
    PRESSURE(3, 0.9, 0, 2);

    private final int followUps;
    private final double coveredEnough;
    private final int hintsPerQuestion;
    private final int timerMinutes;

    InterviewStyle(int followUps, double coveredEnough, int hintsPerQuestion, int timerMinutes) {
        this.followUps = followUps;
        this.coveredEnough = coveredEnough;
        this.hintsPerQuestion = hintsPerQuestion;
        this.timerMinutes = timerMinutes;
    }

    /** The follow-up budget when the candidate does not choose one. */
    public int followUps() {
        return followUps;
    }

    /** Weighted coverage from which the interviewer stops following up on a question. */
    public double coveredEnough() {
        return coveredEnough;
    }

    /** Hints a candidate may ask for in one main question (its follow-ups included). */
    public int hintsPerQuestion() {
        return hintsPerQuestion;
    }

    /** Minutes per question on the page's timer when the candidate does not choose (0 = no timer). */
    public int timerMinutes() {
        return timerMinutes;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static InterviewStyle fromLabel(String label) {
        if (label == null || label.isBlank()) {
            return STANDARD;
        }
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(label.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("style must be friendly, standard or pressure: "
                        + label));
    }
}
