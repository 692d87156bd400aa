package dev.interviewer.interview.report;

import dev.interviewer.lang.Wording;
import java.util.Locale;

/** The report's scores by requirement, for a targeted interview, in its language ({@code lang/<code>/target.json}). */
final class RequirementLines {
    private RequirementLines() {
    }

    /** A Markdown table of the requirements, with the gaps marked; nothing for an interview over topics. */
    static void table(StringBuilder md, Report r) {
        if (r.requirements().isEmpty()) {
            return;
        }
        Wording w = Wording.of(r.config().language());
        if (r.config().target() != null && !r.config().target().name().isEmpty()) {
            md.append("**").append(w.text("target.targetLabel")).append(":** ")
                    .append(r.config().target().name().replace("|", "/")).append("\n\n");
        }
        md.append("## ").append(w.text("target.byRequirement")).append("\n\n| ").append(w.text("target.requirement"))
                .append(" | ").append(w.text("target.average")).append(" | ").append(w.text("target.questions"))
                .append(" |\n|---|---:|---:|\n");
        for (Report.RequirementScore s : r.requirements()) {
            String name = s.requirement().replaceAll("\\s+", " ").replace("|", "/")
                    + (s.gap() ? " (" + w.text("target.gapTopic") + ")" : "");
            String average = s.average() == null ? w.text("target.notScored")
                    : String.format(Locale.ROOT, "%.1f", s.average());
            md.append("| ").append(name).append(" | ").append(average).append(" | ").append(s.questions())
                    .append(" |\n");
        }
        md.append('\n');
    }
}
