package dev.interviewer.grading;

import dev.interviewer.lang.Wording;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical words of every language by role, from {@code lang/<code>/words/grammar.txt}: one word a line
 * with its roles, so a word that plays several (English "to" relates terms, is a predicate and frames a claim) is
 * written once.
 */
final class GrammarWords {
    static final String PREDICATE = "predicate";
    static final String WEAK_PREDICATE = "weak-predicate";
    static final String RELATION = "relation";
    static final String FUNCTION = "function";
    static final String FRAME = "frame";
    static final String NEGATION = "negation";
    private static final List<String> ROLES = List.of(PREDICATE, WEAK_PREDICATE, RELATION, FUNCTION, FRAME, NEGATION);

    private final Map<String, Set<String>> byRole;

    private GrammarWords(Map<String, Set<String>> byRole) {
        this.byRole = byRole;
    }

    /** The grammar of every language. */
    static GrammarWords ofEveryLanguage() {
        return parse(Wording.wordsOfEveryLanguage("grammar"));
    }

    /** Reads lines "word role role ...". */
    static GrammarWords parse(Collection<String> lines) {
        Map<String, Set<String>> byRole = new LinkedHashMap<>();
        ROLES.forEach(role -> byRole.put(role, new LinkedHashSet<>()));
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 2) {
                throw new IllegalStateException("a grammar word needs a role: " + line);
            }
            for (int i = 1; i < parts.length; i++) {
                Set<String> words = byRole.get(parts[i]);
                if (words == null) {
                    throw new IllegalStateException("unknown grammar role " + parts[i] + " (one of " + ROLES + "): "
                            + line);
                }
                words.add(parts[0]);
            }
        }
        byRole.replaceAll((role, words) -> Collections.unmodifiableSet(words));
        return new GrammarWords(byRole);
    }

    /** The words with the role, in file order. */
    Set<String> withRole(String role) {
        Set<String> words = byRole.get(role);
        if (words == null) {
            throw new IllegalArgumentException("unknown grammar role " + role + " (one of " + ROLES + ")");
        }
        return words;
    }
}
