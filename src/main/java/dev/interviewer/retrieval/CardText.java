package dev.interviewer.retrieval;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The texts of a card as the index sees them: plain reference, embedded passages, filter values, content hash. */
final class CardText {
    static final int SUMMARY_CHARS = 300;
    // Long sections get passage vectors of about this size past the summary, so a query about their middle finds
    // them ("best passage wins"); a cap keeps one huge file from dominating the index build.
    static final int CHUNK_CHARS = 250;
    static final int MAX_CHUNKS = 8;
    // The Chinese full stop, exclamation mark, question mark and semicolon, then the ASCII ones and a line break.
    private static final String SENTENCE_ENDS = "\u3002\uff01\uff1f\uff1b.!?;\n";

    private CardText() {
    }

    /**
     * Markdown reduced to readable text: table rulers, link targets, emphasis, list markers and pipes removed.
     */
    static String plain(String markdown) {
        return markdown
                .replaceAll("(?m)^\\s*\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*:?-{0,}:?\\s*$", " ")
                .replaceAll("(?m)^\\s*([-*_]\\s*){3,}$", " ")
                .replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(?m)^\\s{0,3}(#{1,6}|[-*+]|\\d+[.)])\\s+", "")
                .replaceAll("```[a-zA-Z0-9]*", " ")
                .replaceAll("\\*\\*|__|`|\\|", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** What the card-level vector represents: what is asked plus the start of the answer. */
    static String summary(Card card) {
        String reference = plain(card.reference());
        String start = reference.length() > SUMMARY_CHARS ? reference.substring(0, SUMMARY_CHARS) : reference;
        // The heading above gives a short title its context: "Advantages" under "LoRA" is about LoRA.
        String parent = card.path().isEmpty() ? "" : card.path().get(card.path().size() - 1);
        Set<String> parts = new LinkedHashSet<>(List.of(parent, card.title(), card.question(), start));
        if (card.title().startsWith(parent)) {
            parts.remove(parent);
        }
        parts.remove("");
        return String.join("\n", parts);
    }

    /**
     * Short texts that each get a vector of their own, so a query that paraphrases one key point, the English
     * question or a common wrong claim lands on the card even when the card as a whole is about more.
     */
    static List<String> passages(Card card) {
        Set<String> passages = new LinkedHashSet<>();
        passages.add(card.title());
        passages.add(card.question());
        passages.add(card.questionEn());
        for (KeyPoint point : centralPoints(card)) {
            passages.add(point.text());
            passages.add(point.english());
        }
        for (Pitfall pitfall : card.pitfalls()) {
            passages.add(pitfall.claim());
            passages.add(pitfall.english());
        }
        passages.addAll(chunks(plain(card.reference())));
        passages.removeIf(String::isBlank);
        return List.copyOf(passages);
    }

    /** The points search indexes: a detail of a card would make it come up for questions about the detail. */
    static List<KeyPoint> centralPoints(Card card) {
        return card.keyPoints().stream().filter(KeyPoint::central).toList();
    }

    /** The reference past its summary, cut at sentence ends into pieces of about {@link #CHUNK_CHARS}. */
    static List<String> chunks(String reference) {
        List<String> chunks = new ArrayList<>();
        int from = SUMMARY_CHARS;
        while (from < reference.length() && chunks.size() < MAX_CHUNKS) {
            int to = Math.min(reference.length(), from + CHUNK_CHARS);
            int end = to;
            for (int i = to; i < reference.length() && i < to + CHUNK_CHARS / 2; i++) {
                if (SENTENCE_ENDS.indexOf(reference.charAt(i)) >= 0) {
                    end = i + 1;
                    break;
                }
            }
            end = Math.max(end, to);
            String chunk = reference.substring(from, end).strip();
            // A tail of a few words says nothing on its own.
            if (chunk.length() >= CHUNK_CHARS / 5) {
                chunks.add(chunk);
            }
            from = end;
        }
        return chunks;
    }

    /**
     * Where the card sits: the headings above it, then its folders and file name as words ("langchain/LangChain&CSV.md"
     * gives "langchain LangChain&CSV"): people name files and folders after what is inside, and type those names.
     */
    static String location(Card card) {
        String stem = card.file().replaceFirst("(?i)\\.(md|markdown)$", "");
        List<String> parts = new ArrayList<>(card.path());
        parts.add(stem.replaceAll("[/_-]+", " ").strip());
        return String.join("\n", parts);
    }

    /** Values the topic filter matches, lower case: topic, every heading above, tags, file path and stem. */
    static Set<String> facets(Card card) {
        Set<String> facets = new LinkedHashSet<>();
        facets.add(card.topic());
        facets.addAll(card.path());
        facets.addAll(card.tags());
        String stem = card.file().replaceFirst("(?i)\\.(md|markdown)$", "");
        facets.add(stem);
        facets.add(stem.substring(stem.lastIndexOf('/') + 1));
        List<String> lower = new ArrayList<>();
        for (String facet : facets) {
            lower.add(facet.strip().toLowerCase(Locale.ROOT));
        }
        lower.removeIf(String::isEmpty);
        return new LinkedHashSet<>(lower);
    }

    /** Changes whenever anything the index holds for the card changes (not when only its line moves). */
    static String hash(Card card, Glossary glossary) {
        StringBuilder text = new StringBuilder();
        // A card's concepts are part of what is indexed: a new glossary term re-indexes the cards that name it.
        glossary.conceptIds(card.title() + "\n" + card.question() + "\n" + card.reference()).forEach(text::append);
        append(text, card.id(), card.file(), card.title(), card.question(), card.questionEn(), card.reference());
        card.path().forEach(p -> append(text, p));
        card.keyPoints().forEach(k -> append(text, k.text(), k.english(), k.central() ? "central" : ""));
        card.pitfalls().forEach(p -> append(text, p.claim(), p.english()));
        card.followUps().forEach(f -> append(text, f.question(), f.english()));
        card.tags().forEach(t -> append(text, t));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void append(StringBuilder text, String... values) {
        for (String value : values) {
            // A separator that cannot occur in notes keeps "ab"+"c" and "a"+"bc" apart.
            text.append(value).append('\u0000');
        }
    }
}
