package dev.interviewer.retrieval;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one definition of how text is split into terms, used at index and query time alike. Each analyzer alone
 * misses terms (SmartCN splits the two-character word for "thread" in two, CJK bigrams miss the three-character "batch size"), so every text field is indexed three
 * ways and searched in all three.
 */
public final class Analyzers {
    /** Field-name suffixes, one per analyzer. */
    public static final String WORDS = "_words";
    public static final String BIGRAMS = "_bigrams";
    public static final String ENGLISH = "_en";

    private Analyzers() {
    }

    public static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    public static Analyzer bigrams() {
        return new CJKAnalyzer();
    }

    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** Picks the analyzer from the field's suffix; fields without a suffix are analysed as words. */
    public static Analyzer perField(Iterable<String> baseFields) {
        Map<String, Analyzer> byField = new java.util.HashMap<>();
        Analyzer words = words();
        Analyzer bigrams = bigrams();
        Analyzer english = english();
        for (String field : baseFields) {
            byField.put(field + WORDS, words);
            byField.put(field + BIGRAMS, bigrams);
            byField.put(field + ENGLISH, english);
        }
        return new PerFieldAnalyzerWrapper(words, byField);
    }
}
