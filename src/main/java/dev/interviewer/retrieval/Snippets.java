package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.util.QueryBuilder;

/**
 * Picks the passage of a reference that best matches the query, with the matched terms in Markdown bold
 * ({@code **term**}), the way the page and the CLI both show it. CJK bigrams find Chinese terms whatever the
 * word boundaries; the English analyzer is the fallback for stemmed English.
 */
final class Snippets {
    static final int CHARS = 160;
    private static final String FIELD = "snippet";
    private static final int MAX_QUERY_CHARS = 400;

    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer english = Analyzers.english();

    String snippet(String queryText, String plainReference, String fallback) {
        if (plainReference.isBlank()) {
            return fallback;
        }
        String best = highlight(bigrams, queryText, plainReference);
        if (best == null) {
            best = highlight(english, queryText, plainReference);
        }
        return best != null ? best : start(plainReference);
    }

    private static String highlight(Analyzer analyzer, String queryText, String text) {
        // Bounded so a long answer fragment stays under Lucene's clause limit.
        String bounded = queryText.length() > MAX_QUERY_CHARS ? queryText.substring(0, MAX_QUERY_CHARS) : queryText;
        Query query = new QueryBuilder(analyzer).createBooleanQuery(FIELD, bounded);
        if (query == null) {
            return null;
        }
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("**", "**"),
                new QueryTermScorer(query, FIELD));
        highlighter.setTextFragmenter(new SimpleFragmenter(CHARS));
        try {
            String fragment = highlighter.getBestFragment(analyzer, FIELD, text);
            return fragment == null ? null : fragment.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight", e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String start(String text) {
        return text.length() <= CHARS ? text : text.substring(0, CHARS) + "…";
    }
}
