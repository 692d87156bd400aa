package dev.interviewer.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Headings that name a part of a section ("Background", "Summary", "✅ Answer") rather than a subject, read from
 * {@code knowledge/generic-headings.txt} on the class path.
 */
final class GenericHeadings {
    private static final String RESOURCE = "/knowledge/generic-headings.txt";
    private static final String ANSWER = "answer:";
    private static final GenericHeadings BUNDLED = load();

    private final Set<String> generic;
    private final Set<String> answers;

    private GenericHeadings(Set<String> generic, Set<String> answers) {
        this.generic = Set.copyOf(generic);
        this.answers = Set.copyOf(answers);
    }

    static GenericHeadings bundled() {
        return BUNDLED;
    }

    /**
     * "Background", "Reference (Docs)", "📌 Summary:": every part of the title is a generic word. Parts are split at
     * ASCII, full-width (U+FF08, U+FF09) and lenticular (U+3010, U+3011) brackets.
     */
    boolean isGeneric(String title) {
        String[] parts = title.split("[()\uFF08\uFF09\\[\\]\u3010\u3011]");
        boolean any = false;
        for (String part : parts) {
            String key = key(part);
            if (key.isEmpty()) {
                continue;
            }
            if (!generic.contains(key) && !answers.contains(key)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** "✅ Answer", "Solution": the heading holds the answer to the question above it. */
    boolean isAnswer(String title) {
        return answers.contains(key(title));
    }

    // Emoji, punctuation and spacing differ between notebooks; the words do not.
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N};]+", " ").strip();
    }

    private static GenericHeadings load() {
        Set<String> generic = new HashSet<>();
        Set<String> answers = new HashSet<>();
        try (InputStream in = GenericHeadings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith(ANSWER)) {
                    answers.add(key(entry.substring(ANSWER.length())));
                } else {
                    generic.add(key(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new GenericHeadings(generic, answers);
    }
}
