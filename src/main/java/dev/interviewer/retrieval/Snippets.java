package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
    private static final Pattern MATH = Pattern.compile(
            "\\$\\$.+?\\$\\$|(?<![\\\\$])\\$[^$\\n]+?\\$|\\\\\\(.+?\\\\\\)|\\\\\\[.+?\\\\]", Pattern.DOTALL);
    private static final Pattern SINGLE_DOLLAR = Pattern.compile("(?<![$\\\\])\\$(?!\\$)");

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
        return tidy(best != null ? best : start(plainReference));
    }

    /**
     * Cuts off a formula the fragment boundary split (an odd number of {@code $$} or {@code $}), so no raw
     * half-formula shows: the cut side is the one whose text looks like TeX, marked with an ellipsis.
     */
    static String tidy(String fragment) {
        String text = fragment;
        int first = text.indexOf("$$");
        if (first >= 0 && count(text, "$$") % 2 == 1) {
            text = looksLikeTex(text.substring(0, first)) ? "…" + text.substring(first + 2)
                    : text.substring(0, text.lastIndexOf("$$")) + "…";
        }
        List<Integer> singles = new ArrayList<>();
        Matcher m = SINGLE_DOLLAR.matcher(text);
        while (m.find()) {
            singles.add(m.start());
        }
        if (singles.size() % 2 == 1) {
            int at = singles.get(0);
            text = looksLikeTex(text.substring(0, at)) ? "…" + text.substring(at + 1)
                    : text.substring(0, singles.get(singles.size() - 1)) + "…";
        }
        return text.strip();
    }

    private static boolean looksLikeTex(String text) {
        return text.chars().anyMatch(ch -> ch == '\\' || ch == '^' || ch == '_' || ch == '{' || ch == '}');
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
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
        try (TokenStream tokens = new OutsideMath(analyzer.tokenStream(FIELD, text), mathSpans(text))) {
            String fragment = highlighter.getBestFragment(tokens, text);
            return fragment == null ? null : fragment.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot highlight", e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** Start and end offsets of the formulas ($$...$$, $...$, \\(...\\), \\[...\\]) in the text. */
    private static List<int[]> mathSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = MATH.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /** Drops the tokens inside formulas: bold markers inside LaTeX would break its rendering. */
    private static final class OutsideMath extends FilteringTokenFilter {
        private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
        private final List<int[]> spans;

        OutsideMath(TokenStream input, List<int[]> spans) {
            super(input);
            this.spans = spans;
        }

        @Override
        protected boolean accept() {
            int start = offsets.startOffset();
            for (int[] span : spans) {
                if (start >= span[0] && start < span[1]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String start(String text) {
        return text.length() <= CHARS ? text : text.substring(0, CHARS) + "…";
    }
}
