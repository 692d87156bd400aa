package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of a text as the search index sees them (SmartCN words plus CJK bigrams), for lexical overlap
 * outside Lucene, e.g. in grading. Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class LexicalTerms {
    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();

    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        collect(words, text, "w:", terms);
        collect(bigrams, text, "b:", terms);
        return terms;
    }

    /** The words of a text in order (SmartCN segmentation; English lower-cased and stemmed, stopwords dropped). */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("f", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return out;
    }

    private static void collect(Analyzer analyzer, String text, String prefix, Set<String> into) {
        try (TokenStream stream = analyzer.tokenStream("f", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(prefix + term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
    }
}
