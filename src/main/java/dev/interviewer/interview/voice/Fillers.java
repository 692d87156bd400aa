package dev.interviewer.interview.voice;

import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds filler words in a transcript, from every language's {@code words/fillers.txt}: a Chinese answer may say
 * "um", and an English one a Chinese filler. Words that are also ordinary words are marked {@code ~} in the list and
 * count only next to a pause (see the lists' headers), so "models like GPT" is no filler; a pause is punctuation or,
 * after a Chinese filler, a space, the end or a particle from {@code words/filler-particles.txt}.
 */
final class Fillers {
    /** One filler and how to find it. */
    private record Filler(String word, Pattern pattern, boolean guarded, boolean latin) {
    }

    private final List<Filler> fillers;
    private final String particles;

    private Fillers(List<Filler> fillers, String particles) {
        this.fillers = List.copyOf(fillers);
        this.particles = particles;
    }

    static Fillers fromWording() {
        List<Filler> all = new ArrayList<>();
        StringBuilder particles = new StringBuilder();
        for (String language : Wording.languages()) {
            for (String entry : Wording.of(language).words("fillers")) {
                all.add(filler(entry));
            }
            Wording.of(language).words("filler-particles").forEach(particles::append);
        }
        // Longer first, so "umm" is not also counted as "um".
        all.sort(Comparator.comparingInt((Filler f) -> f.word().length()).reversed());
        return new Fillers(all, particles.toString());
    }

    private static Filler filler(String entry) {
        boolean guarded = entry.startsWith("~");
        String word = guarded ? entry.substring(1).strip() : entry;
        boolean latin = word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String body = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
        Pattern pattern = latin ? Pattern.compile("(?<![\\p{L}\\p{N}'’])" + body + "(?![\\p{L}\\p{N}'’])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : Pattern.compile(body);
        return new Filler(word.toLowerCase(java.util.Locale.ROOT), pattern, guarded, latin);
    }

    /** Each filler heard and how often, most frequent first. */
    Map<String, Integer> count(String text) {
        boolean[] taken = new boolean[text.length()];
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Filler filler : fillers) {
            Matcher m = filler.pattern().matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end()) && (!filler.guarded() || nextToPause(text, m, filler.latin()))) {
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                    counts.merge(filler.word(), 1, Integer::sum);
                }
            }
        }
        return byFrequency(counts);
    }

    /** The counts, most frequent first (ties keep their order). */
    static Map<String, Integer> byFrequency(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean nextToPause(String text, Matcher m, boolean latin) {
        if (latin) {
            return punctuation(neighbour(text, m.start() - 1, -1)) || punctuation(neighbour(text, m.end(), 1));
        }
        if (m.end() >= text.length()) {
            return true;
        }
        char next = text.charAt(m.end());
        return Character.isWhitespace(next) || punctuation(next) || particles.indexOf(next) >= 0;
    }

    // The nearest character that is not a space, walking from {@code at} in {@code step}; a text edge is a pause.
    private static int neighbour(String text, int at, int step) {
        for (int i = at; i >= 0 && i < text.length(); i += step) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return '.';
    }

    private static boolean punctuation(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
