package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The floor under search: one plain BM25 query (every text field, every analyzer, terms OR-ed) on the very index the
 * app searches, with no vectors, fusion, fuzziness or snippets. Benchmarks compare the app's search time to it.
 */
public final class Bm25Floor {
    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            Analyzers.WORDS, Analyzers.words(), Analyzers.BIGRAMS, Analyzers.bigrams(),
            Analyzers.ENGLISH, Analyzers.english());

    private final CardIndex index;

    public Bm25Floor(CardIndex index) {
        this.index = index;
    }

    /** Runs the query and returns how many hits it found (at most {@code top}). */
    public int search(String text, int top) {
        Query query = query(text);
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs docs = searcher.search(query, top);
            return docs.scoreDocs.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    static Query query(String text) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Analyzer> analyzer : ANALYZERS.entrySet()) {
            for (String term : terms(analyzer.getValue(), text)) {
                for (String field : CardIndex.TEXT_FIELDS) {
                    if (clauses++ < IndexSearcher.getMaxClauseCount() - 1) {
                        builder.add(new TermQuery(new Term(field + analyzer.getKey(), term)),
                                BooleanClause.Occur.SHOULD);
                    }
                }
            }
        }
        return builder.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            List<String> out = new ArrayList<>();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
