package dev.interviewer.interview.target;

import java.util.List;

/**
 * A target's map as the API and the command line show it: the requirements with their cards or marked as gaps, the
 * share covered, the gaps as a Markdown checklist ("notes to write"), and whether gaps can be asked (only with a
 * model). {@code id} and {@code name} are set for a saved target, empty otherwise.
 */
public record TargetAnalysis(String id, String name, List<RequirementMatch> requirements, double coverage,
        String checklist, boolean gapQuestions, String note) {
    public TargetAnalysis {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        requirements = List.copyOf(requirements);
        note = note == null ? "" : note;
    }
}
