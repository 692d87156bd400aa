package dev.interviewer.testing;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.Bands;
import dev.interviewer.grading.Grade;

/** Test grades: a builder preset with what most tests take for granted, to change only what a test is about. */
public final class Grades {
    private Grades() {
    }

    /** A grade with this score, its band, feedback "ok", graded offline against card "c1" in 3 ms. */
    public static Grade.Builder scored(double score) {
        return Grade.builder(score, Bands.of(score, false, false, false)).feedback("ok").latencyMs(3).card("c1", true);
    }

    /** A partial grade, 6 out of 10. */
    public static Grade.Builder partial() {
        return scored(6).band(Band.PARTIAL);
    }
}
