package dev.interviewer.interview.target;

import dev.interviewer.lang.Wording;
import java.util.Map;

/** The gaps of a target as a Markdown checklist: the notes still to write. */
final class Checklist {
    private Checklist() {
    }

    static String of(TargetMap map, String name, String language) {
        Wording words = Wording.of(language);
        String shown = name.isBlank() ? words.text("target.thisTarget") : name;
        StringBuilder out = new StringBuilder("# ").append(words.text("target.checklistTitle")).append("\n\n");
        if (map.gaps().isEmpty()) {
            return out.append(words.text("target.checklistNone", Map.of("name", shown))).append('\n').toString();
        }
        out.append(words.text("target.checklistIntro", Map.of("name", shown))).append("\n\n");
        for (RequirementMatch gap : map.gaps()) {
            out.append(words.text("target.checklistItem", Map.of("requirement", oneLine(gap.text())))).append('\n');
        }
        return out.toString();
    }

    // A requirement is one line of text already; a Markdown list item must not start a new block.
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace("[", "\\[").replace("]", "\\]");
    }
}
