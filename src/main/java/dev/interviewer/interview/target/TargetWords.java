package dev.interviewer.interview.target;

import dev.interviewer.lang.Wording;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists requirement splitting reads, from {@code lang/<code>/words/target-*.txt} of every language at
 * once: a Chinese job description names English technologies and an English one may carry Chinese lines.
 */
final class TargetWords {
    static final TargetWords ALL = new TargetWords();

    final Set<String> dropSections = union("target-section-drop");
    final Set<String> preferredSections = union("target-section-preferred");
    final Set<String> dutySections = union("target-section-duties");
    final Set<String> requiredSections = union("target-section-required");
    final List<String> boilerplate = List.copyOf(union("target-boilerplate"));
    final List<String> soft = List.copyOf(union("target-soft"));
    final List<String> leads = longestFirst(union("target-leads"));
    final List<String> trails = longestFirst(union("target-trails"));
    final List<String> strong = List.copyOf(union("target-strong"));
    final List<String> weak = List.copyOf(union("target-weak"));
    final List<String> examples = List.copyOf(union("target-examples"));
    final List<String> generic = List.copyOf(union("target-generic"));
    final Set<String> verbs = union("target-verbs");
    final List<String> conjunctions = longestFirst(union("target-conjunctions"));

    private TargetWords() {
    }

    private static Set<String> union(String list) {
        Set<String> words = new LinkedHashSet<>();
        Wording.wordsOfEveryLanguage(list).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return words;
    }

    // Longest first, so "experience with" is stripped before "experience".
    private static List<String> longestFirst(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
