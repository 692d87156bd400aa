package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct terms of a text under all three analyzers, prefixed by analyzer ({@code w:}, {@code b:},
 * {@code e:}), used to measure how much of a query a card covers. Thread-safe.
 */
final class TermSet {
    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer english = Analyzers.english();

    Set<String> of(String text) {
        Set<String> terms = new HashSet<>();
        analyze(words, text).forEach(t -> terms.add("w:" + t));
        analyze(bigrams, text).forEach(t -> terms.add("b:" + t));
        // English stemming adds nothing to Chinese: its single ideographs would only dilute the set.
        analyze(english, text).stream().filter(t -> !Character.isIdeographic(t.codePointAt(0)))
                .forEach(t -> terms.add("e:" + t));
        return terms;
    }

    /**
     * The terms as an immutable set of shared strings, for what a card keeps (a query's terms are short-lived).
     * Most terms (bigrams of common characters) occur in many cards: with a string per card and a hash set around
     * them, 7,400 cards held 5.5 million strings, about 700 MB of heap.
     */
    static Set<String> compact(Collection<String> terms) {
        return Set.copyOf(terms.stream().map(String::intern).toList());
    }

    /** The distinct terms of a text under one analyzer, in order of first occurrence. */
    static Set<String> analyze(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("f", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return terms;
    }
}
