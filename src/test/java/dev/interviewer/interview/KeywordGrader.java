package dev.interviewer.interview;

import dev.interviewer.grading.Band;
import dev.interviewer.grading.CoveredPoint;
import dev.interviewer.grading.Grade;
import dev.interviewer.grading.GradeRequest;
import dev.interviewer.grading.Grader;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.knowledge.KeyPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test grader: a key point is covered when the answer contains its English gloss as a keyword. Grades only the
 * requested key points, like a real grader does for follow-ups, and counts its calls.
 */
public final class KeywordGrader implements Grader {
    public final AtomicInteger calls = new AtomicInteger();
    public final List<GradeRequest> requests = new CopyOnWriteArrayList<>();
    public final List<String> drafts = new CopyOnWriteArrayList<>();

    @Override
    public void readAhead(String draft) {
        drafts.add(draft);
    }

    @Override
    public Grade grade(GradeRequest request) {
        calls.incrementAndGet();
        requests.add(request);
        String answer = request.answer().toLowerCase(Locale.ROOT);
        List<CoveredPoint> covered = new ArrayList<>();
        List<MissedPoint> missed = new ArrayList<>();
        double total = 0;
        double got = 0;
        for (KeyPoint k : request.card().keyPoints()) {
            if (!request.targetKeyPoints().isEmpty() && !request.targetKeyPoints().contains(k.number())) {
                continue;
            }
            total += k.weight();
            if (answer.contains(k.english().toLowerCase(Locale.ROOT))) {
                covered.add(new CoveredPoint(k.number(), k.text(), k.weight(), request.answer(), 1.0));
                got += k.weight();
            } else {
                missed.add(new MissedPoint(k.number(), k.text(), k.weight()));
            }
        }
        double score = total == 0 ? 0 : Math.round(100 * got / total) / 10.0;
        return Grade.builder(score, band(answer, score)).covered(covered).missed(missed).feedback("keyword grade")
                .latencyMs(1).card(request.card().id(), true).build();
    }

    private static Band band(String answer, double score) {
        if (answer.isBlank() || answer.equals("idk")) {
            return Band.EMPTY;
        }
        return score >= 8 ? Band.STRONG : score >= 5 ? Band.PARTIAL : score > 0 ? Band.WEAK : Band.OFF_TOPIC;
    }
}
