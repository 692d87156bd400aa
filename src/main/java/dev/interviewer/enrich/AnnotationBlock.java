package dev.interviewer.enrich;

import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.knowledge.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accepted suggestions as annotations in the notes format (knowledge/README.md): labelled lists of key points with
 * weights and glosses, follow-ups aimed at key points by their number among the accepted ones, pitfalls with their
 * corrections, a level and tags. The same text goes into a sidecar or into the note.
 */
final class AnnotationBlock {
    // The loader reads the labels in every language; sidecars are written with the English ones.
    private static final String LANGUAGE = "en";

    private AnnotationBlock() {
    }

    static String render(List<Suggestion> accepted) {
        List<String> points = ids(accepted, Kind.KEY_POINT);
        StringBuilder out = new StringBuilder();
        list(out, Label.KEY_POINTS.writtenIn(LANGUAGE), accepted, Kind.KEY_POINT,
                s -> "[w=" + weight(s.weight()) + "] " + s.text() + gloss(s));
        list(out, Label.FOLLOW_UPS.writtenIn(LANGUAGE), accepted, Kind.FOLLOW_UP, s -> {
            int n = points.indexOf(s.target()) + 1;
            return (n > 0 ? "[kp=" + n + "] " : "") + s.text() + gloss(s);
        });
        list(out, Label.PITFALLS.writtenIn(LANGUAGE), accepted, Kind.PITFALL,
                s -> s.text() + (s.correction().isEmpty() ? "" : " => " + s.correction()) + gloss(s));
        accepted.stream().filter(s -> s.kind() == Kind.LEVEL).reduce((a, b) -> b)
                .ifPresent(s -> inline(out, Label.LEVEL, s.text()));
        List<String> tags = accepted.stream().filter(s -> s.kind() == Kind.TAG).map(Suggestion::text).toList();
        if (!tags.isEmpty()) {
            inline(out, Label.TAGS, String.join(", ", tags));
        }
        return out.toString().strip() + "\n";
    }

    private interface Line {
        String of(Suggestion s);
    }

    private static void list(StringBuilder out, String label, List<Suggestion> accepted, Kind kind, Line line) {
        List<String> items = new ArrayList<>();
        accepted.stream().filter(s -> s.kind() == kind).forEach(s -> items.add("- " + line.of(s)));
        if (!items.isEmpty()) {
            out.append("**").append(label).append("**\n").append(String.join("\n", items)).append("\n\n");
        }
    }

    private static void inline(StringBuilder out, Label label, String value) {
        out.append("**").append(label.writtenIn(LANGUAGE)).append("**: ").append(value).append("\n\n");
    }

    private static List<String> ids(List<Suggestion> accepted, Kind kind) {
        return accepted.stream().filter(s -> s.kind() == kind).map(Suggestion::id).toList();
    }

    private static String gloss(Suggestion s) {
        return s.english().isBlank() ? "" : " | en: " + s.english();
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? Integer.toString((int) w) : String.format(Locale.ROOT, "%.1f", w);
    }
}
