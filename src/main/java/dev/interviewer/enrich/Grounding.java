package dev.interviewer.enrich;

import dev.interviewer.knowledge.Card;
import dev.interviewer.retrieval.TextEmbedder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a proposed statement is something the card's own note says. It compares the statement with each
 * sentence of the note (and each pair of neighbouring sentences, for a point that joins two) through the in-process
 * embeddings, and counts how many of its terms the note uses. The model may paraphrase and compress the note; it may
 * not add facts, and an added fact brings words the note does not have.
 */
public final class Grounding {
    /** A paraphrase of a sentence of the note, using a fair share of its words. */
    static final double CLOSE = 0.80;
    static final double SOME_TERMS = 0.35;
    /** About the same thing, and mostly in the note's words. */
    static final double RELATED = 0.62;
    static final double MOST_TERMS = 0.55;
    private static final int MIN_SENTENCE_CHARS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\u3002\uFF01\uFF1F\uFF1B!?;])|(?<=\\.)\\s+|\\n+");
    private static final Pattern MARKUP = Pattern.compile("^\\s*(#{1,6}|[-*+>]|\\d+[.)\u3001])\\s+|[|`*_$]");
    private static final Pattern TERM = Pattern.compile("[\\p{IsHan}]+|[a-z0-9][a-z0-9_+.-]*[a-z0-9]|[a-z0-9]");

    private final TextEmbedder embedder;

    public Grounding(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /** How well the note supports a statement: the closest passage, its similarity and the share of known terms. */
    public record Support(boolean supported, String passage, double similarity, double terms) {
        String describe() {
            return String.format(Locale.ROOT, "similarity %.2f, %.0f%% of its terms in the note; closest: \"%s\"",
                    similarity, 100 * terms, passage.length() > 80 ? passage.substring(0, 80) + "…" : passage);
        }
    }

    /** The note of a card, split into passages and embedded once for all the statements checked against it. */
    public Note note(Card card) {
        return new Note(card);
    }

    /** A card's note, ready for checks. */
    public final class Note {
        private final List<String> passages = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();
        private final Set<String> terms;

        private Note(Card card) {
            List<String> sentences = sentences(card.reference());
            for (int i = 0; i < sentences.size(); i++) {
                add(sentences.get(i));
                if (i + 1 < sentences.size()) {
                    add(sentences.get(i) + " " + sentences.get(i + 1));
                }
            }
            add(card.title());
            terms = terms(card.title() + "\n" + String.join("\n", card.path()) + "\n" + card.reference());
        }

        private void add(String passage) {
            passages.add(passage);
            vectors.add(embedder.embed(passage));
        }

        public Support check(String statement) {
            float[] v = embedder.embed(statement);
            int best = 0;
            double bestSimilarity = -1;
            for (int i = 0; i < vectors.size(); i++) {
                double s = dot(v, vectors.get(i));
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = i;
                }
            }
            Set<String> own = Grounding.terms(statement);
            long known = own.stream().filter(terms::contains).count();
            double share = own.isEmpty() ? 0 : (double) known / own.size();
            // Measured on plain notes: supported points scored 0.78-0.98 with 45-95% of their terms in the note; added
            // facts (authors, years, hyperparameters) 0.57-0.79 with 8-22%.
            boolean supported = bestSimilarity >= CLOSE && share >= SOME_TERMS
                    || bestSimilarity >= RELATED && share >= MOST_TERMS;
            return new Support(supported, passages.isEmpty() ? "" : passages.get(best), bestSimilarity, share);
        }
    }

    /** The note's sentences, Markdown markers removed; very short fragments dropped. */
    static List<String> sentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String piece : SENTENCE_END.split(markdown)) {
            String s = MARKUP.matcher(piece).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (s.codePointCount(0, s.length()) >= MIN_SENTENCE_CHARS) {
                out.add(s);
            }
        }
        return out;
    }

    /** Chinese character pairs and Latin words, lower case: what two texts about the same facts share. */
    static Set<String> terms(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = TERM.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group();
            if (!Character.UnicodeScript.of(t.codePointAt(0)).equals(Character.UnicodeScript.HAN)) {
                out.add(t);
                continue;
            }
            int[] cps = t.codePoints().toArray();
            if (cps.length == 1) {
                out.add(t);
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                out.add(new String(cps, i, 2));
            }
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
