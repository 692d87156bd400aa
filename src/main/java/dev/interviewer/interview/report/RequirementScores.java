package dev.interviewer.interview.report;

import dev.interviewer.interview.model.QuestionRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a targeted interview's question scores by requirement ("RLHF / DPO: 6.5; distributed training: 4.0"). */
final class RequirementScores {
    private RequirementScores() {
    }

    /** One entry per requirement, in the order of their first question. */
    static List<Report.RequirementScore> of(List<QuestionRequirement> plan, List<Report.QuestionReport> questions) {
        Map<Integer, Report.QuestionReport> byNumber = new LinkedHashMap<>();
        questions.forEach(q -> byNumber.put(q.number(), q));
        Map<String, List<QuestionRequirement>> byRequirement = new LinkedHashMap<>();
        plan.forEach(r -> byRequirement.computeIfAbsent(r.requirement(), k -> new ArrayList<>()).add(r));
        List<Report.RequirementScore> scores = new ArrayList<>();
        byRequirement.forEach((requirement, rows) -> {
            List<Report.QuestionReport> scored = rows.stream().map(r -> byNumber.get(r.question()))
                    .filter(q -> q != null && q.scored()).toList();
            Double average = scored.isEmpty() ? null
                    : Math.round(scored.stream().mapToDouble(Report.QuestionReport::score).average().orElse(0) * 10)
                            / 10.0;
            scores.add(new Report.RequirementScore(requirement, rows.get(0).weight(), average, scored.size(),
                    rows.stream().map(QuestionRequirement::question).toList(),
                    rows.stream().anyMatch(QuestionRequirement::gap)));
        });
        return scores;
    }
}
