package dev.interviewer.grading;

import dev.interviewer.knowledge.Glossary;
import dev.interviewer.retrieval.LexicalTerms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A piece of text with its index terms (for lexical overlap) and its words (for negation and statement checks).
 */
record TextFeatures(String text, Set<String> terms, List<String> words, boolean cjk) {
    TextFeatures {
        terms = Set.copyOf(terms);
        words = List.copyOf(words);
    }

    /** Prefix of a glossary concept among the terms: "feed-forward" and its Chinese name share {@code c:ffn}. */
    static final String CONCEPT = "c:";

    static TextFeatures of(String text, LexicalTerms lexical, Glossary glossary) {
        Set<String> terms = new LinkedHashSet<>(lexical.terms(text));
        glossary.conceptIds(text).forEach(id -> terms.add(CONCEPT + id));
        List<String> words = new ArrayList<>();
        for (String term : terms) {
            // SmartCN tokens ("w:" terms) carry Chinese words; English words are taken unstemmed from the text.
            if (term.startsWith("w:") && term.codePoints().anyMatch(TextSignals::isCjk)) {
                words.add(term.substring(2));
            }
        }
        words.addAll(TextSignals.englishWords(text));
        return new TextFeatures(text, terms, words, "zh".equals(TextSignals.language(text)));
    }

    /** The features of clauses joined into one text: their terms and words together (no re-analysis). */
    static TextFeatures joined(String text, List<TextFeatures> parts) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (TextFeatures part : parts) {
            terms.addAll(part.terms());
            words.addAll(part.words());
        }
        return new TextFeatures(text, terms, words, parts.get(0).cjk());
    }

    boolean negated() {
        return TextSignals.negated(text);
    }
}
