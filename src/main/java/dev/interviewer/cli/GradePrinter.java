package dev.interviewer.cli;

import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.grading.PitfallHit;
import dev.interviewer.grading.Reference;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a Grade for people: score and band, covered and missed points, pitfalls, feedback, references. */
final class GradePrinter {
    private GradePrinter() {
    }

    static void print(PrintWriter out, Grade grade) {
        out.printf(Locale.ROOT, "Score: %.1f / 10 (%s)   engine: %s%s   %d ms%n", grade.score(), grade.band().label(),
                grade.engine(), grade.fallback() ? " (LLM failed, offline fallback)" : "", grade.latencyMs());
        out.println(grade.matched() ? "Card:  " + grade.cardId() : "Card:  none (no note matches the question)");
        if (!grade.covered().isEmpty()) {
            out.println("Covered:");
            for (CoveredPoint p : grade.covered()) {
                out.printf(Locale.ROOT, "  + %d. %s (credit %.2f)%n      \"%s\"%n", p.number(), p.text(), p.credit(),
                        p.evidence());
            }
        }
        if (!grade.missed().isEmpty()) {
            out.println("Missed:");
            for (MissedPoint p : grade.missed()) {
                out.printf("  - %d. %s%n", p.number(), p.text());
            }
        }
        if (!grade.pitfalls().isEmpty()) {
            out.println("Pitfalls:");
            for (PitfallHit p : grade.pitfalls()) {
                out.printf("  ! %s%n      \"%s\"%s%n", p.claim(), p.evidence(),
                        p.correction().isBlank() ? "" : "\n      => " + p.correction());
            }
        }
        out.println("Feedback: " + grade.feedback());
        for (Reference r : grade.references()) {
            out.printf("Reference: %s (%s)%n", r.title(), r.source());
        }
    }
}
