package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an import did.
 *
 * @param source   the bank's file name
 * @param out      the folder the notes were written to
 * @param cards    cards written
 * @param files    notes files written, relative to {@code out}
 * @param media    media files copied
 * @param skipped  cards of the bank not written, each with the reason
 * @param warnings other things the user should know (media missing from a package, levels not understood)
 */
public record ImportSummary(String source, String out, int cards, List<String> files, int media,
                            List<Skipped> skipped, List<String> warnings) {

    public ImportSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(out, "out");
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** The summary as lines for a terminal: counts first, then skipped cards grouped by reason. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Imported %d cards from %s into %s (%d notes %s, %d media %s)", cards, source, out,
                files.size(), files.size() == 1 ? "file" : "files", media, media == 1 ? "file" : "files"));
        if (!skipped.isEmpty()) {
            lines.add("Skipped " + skipped.size() + ":");
            skippedByReason().forEach((reason, where) -> lines.add(String.format("  %d %s (%s%s)", where.size(),
                    reason, String.join(", ", where.subList(0, Math.min(3, where.size()))),
                    where.size() > 3 ? ", ..." : "")));
        }
        warnings.forEach(w -> lines.add("Note: " + w));
        return lines;
    }

    private Map<String, List<String>> skippedByReason() {
        Map<String, List<String>> byReason = new TreeMap<>();
        skipped.forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(s.where()));
        return byReason;
    }
}
