package dev.interviewer.interview.target;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section of a job description or résumé, known by its heading: what the job requires weighs most, what it does
 * (or what the candidate did) a little less, what would be nice less again; benefits, the company, the place and
 * the like are dropped. Text before any heading, or under an unknown one, is taken as requirements.
 */
enum Section {
    REQUIRED(1.0), OTHER(0.9), DUTIES(0.8), PREFERRED(0.6), DROPPED(0);

    // "Requirements:", "## Qualifications", "**Benefits**", "Skills: Python, PyTorch" (a heading with its content).
    private static final Pattern HEADING = Pattern.compile(
            "^(?:#{1,6}\\s*)?(?:\\*\\*|__)?([^:\uff1a*_#]{1,40})(?:\\*\\*|__)?\\s*([:\uff1a])?\\s*(?:\\*\\*|__)?\\s*(.*)$");

    private final double weight;

    Section(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }

    /** A heading line, with any content after its colon. */
    record Heading(Section section, String rest) {
    }

    /**
     * The line as a heading: a known section name alone or before a colon, or a short line that only reads as a
     * heading (a Markdown heading, or ending in a colon). Empty when the line is content.
     */
    static Optional<Heading> heading(String line, boolean markdownHeading) {
        Matcher m = HEADING.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip().toLowerCase(Locale.ROOT);
        boolean colon = m.group(2) != null;
        String rest = m.group(3).strip();
        Optional<Section> known = known(name);
        if (known.isPresent() && (rest.isEmpty() || colon)) {
            return Optional.of(new Heading(known.get(), rest));
        }
        if (rest.isEmpty() && (markdownHeading || colon) && name.length() <= 30) {
            return Optional.of(new Heading(OTHER, ""));
        }
        return Optional.empty();
    }

    private static Optional<Section> known(String name) {
        TargetWords words = TargetWords.ALL;
        if (words.dropSections.contains(name)) {
            return Optional.of(DROPPED);
        }
        if (words.preferredSections.contains(name)) {
            return Optional.of(PREFERRED);
        }
        if (words.requiredSections.contains(name)) {
            return Optional.of(REQUIRED);
        }
        if (words.dutySections.contains(name)) {
            return Optional.of(DUTIES);
        }
        return Optional.empty();
    }
}
