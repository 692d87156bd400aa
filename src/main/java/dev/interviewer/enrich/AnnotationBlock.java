package dev.interviewer.enrich;

import dev.interviewer.enrich.Suggestion.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accepted suggestions as annotations in the notes format (knowledge/README.md): labelled lists of key points with
 * weights and glosses, follow-ups aimed at key points by their number among the accepted ones, pitfalls with their
 * corrections, a level and tags. The same text goes into a sidecar or into the note.
 */
final class AnnotationBlock {
    private AnnotationBlock() {
    }

    static String render(List<Suggestion> accepted) {
        List<String> points = ids(accepted, Kind.KEY_POINT);
        StringBuilder out = new StringBuilder();
        list(out, "Key points", accepted, Kind.KEY_POINT,
                s -> "[w=" + weight(s.weight()) + "] " + s.text() + gloss(s));
        list(out, "Follow-ups", accepted, Kind.FOLLOW_UP, s -> {
            int n = points.indexOf(s.target()) + 1;
            return (n > 0 ? "[kp=" + n + "] " : "") + s.text() + gloss(s);
        });
        list(out, "Pitfalls", accepted, Kind.PITFALL,
                s -> s.text() + (s.correction().isEmpty() ? "" : " => " + s.correction()) + gloss(s));
        accepted.stream().filter(s -> s.kind() == Kind.LEVEL).reduce((a, b) -> b)
                .ifPresent(s -> out.append("**Level**: ").append(s.text()).append("\n\n"));
        List<String> tags = accepted.stream().filter(s -> s.kind() == Kind.TAG).map(Suggestion::text).toList();
        if (!tags.isEmpty()) {
            out.append("**Tags**: ").append(String.join(", ", tags)).append("\n\n");
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
