package dev.interviewer.interview.target;

import java.util.List;

/**
 * What a job description or résumé asks for, mapped onto the notes: each requirement with its cards or marked as a
 * gap, and the share of requirements covered (0-1; 0 when the text states none).
 */
public record TargetMap(List<RequirementMatch> requirements, double coverage) {
    public TargetMap {
        requirements = List.copyOf(requirements);
        if (coverage < 0 || coverage > 1) {
            throw new IllegalArgumentException("coverage is 0-1: " + coverage);
        }
    }

    public static TargetMap of(List<RequirementMatch> requirements) {
        long covered = requirements.stream().filter(RequirementMatch::covered).count();
        double share = requirements.isEmpty() ? 0 : (double) covered / requirements.size();
        return new TargetMap(requirements, Math.round(share * 100) / 100.0);
    }

    public List<RequirementMatch> covered() {
        return requirements.stream().filter(RequirementMatch::covered).toList();
    }

    public List<RequirementMatch> gaps() {
        return requirements.stream().filter(r -> !r.covered()).toList();
    }
}
