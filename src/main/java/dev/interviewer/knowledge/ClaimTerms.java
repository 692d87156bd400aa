package dev.interviewer.knowledge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The terms of a claim for comparing claims with each other: Chinese character pairs and Latin words. */
record ClaimTerms(Set<String> terms) {
    private static final Pattern LATIN = Pattern.compile("[a-z][a-z0-9]+|\\d+(?:\\.\\d+)?");
    private static final Set<String> STOP = Set.of("the", "of", "and", "or", "to", "in", "is", "are", "a", "an",
            "it", "its", "for", "on", "by", "with", "as", "be", "that", "this", "which", "can", "from", "at");

    ClaimTerms {
        terms = Set.copyOf(terms);
    }

    static ClaimTerms of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> terms = new HashSet<>();
        Matcher m = LATIN.matcher(lower);
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                terms.add(m.group());
            }
        }
        int previous = -1;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (Character.isIdeographic(cp)) {
                if (previous >= 0) {
                    terms.add(new String(Character.toChars(previous)) + new String(Character.toChars(cp)));
                }
                previous = cp;
            } else {
                previous = -1;
            }
            i += Character.charCount(cp);
        }
        return new ClaimTerms(terms);
    }

    int size() {
        return terms.size();
    }

    double jaccard(ClaimTerms other) {
        if (terms.isEmpty() || other.terms.isEmpty()) {
            return 0;
        }
        long common = terms.stream().filter(other.terms::contains).count();
        return (double) common / (terms.size() + other.terms.size() - common);
    }

    /** The share of this claim's terms that the other one has. */
    double overlap(ClaimTerms other) {
        return terms.isEmpty() ? 0 : (double) terms.stream().filter(other.terms::contains).count() / terms.size();
    }
}
