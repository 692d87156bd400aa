package dev.interviewer.llm;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Fences the candidate's answer as data in a prompt, and checks that quotes the model returns come from it. */
final class AnswerFence {
    private static final String FENCE = "<<<CANDIDATE_ANSWER>>>";
    private static final double QUOTE_OVERLAP = 0.6;

    private AnswerFence() {
    }

    /** A fence line the answer cannot close early: the plain one, or a numbered one if the answer contains it. */
    static String choose(String answer) {
        String fence = FENCE;
        for (int i = 2; answer.contains(fence); i++) {
            fence = "<<<CANDIDATE_ANSWER_" + i + ">>>";
        }
        return fence;
    }

    /** Whether the quote occurs in the answer, ignoring case, spacing and punctuation, allowing light paraphrase. */
    static boolean quotes(String answer, String quote) {
        String a = squeeze(answer);
        String q = squeeze(quote);
        if (q.isEmpty()) {
            return false;
        }
        if (a.contains(q)) {
            return true;
        }
        Set<String> answerBigrams = bigrams(a);
        Set<String> quoteBigrams = bigrams(q);
        long found = quoteBigrams.stream().filter(answerBigrams::contains).count();
        return found >= QUOTE_OVERLAP * quoteBigrams.size();
    }

    private static String squeeze(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
