package dev.interviewer.interview.target;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.Glossary;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.lang.Wording;
import dev.interviewer.retrieval.LexicalTerms;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a card is about a requirement rather than merely near it: its title, question, headings, tags or key
 * points (not its reference, which mentions much in passing) share a word or a glossary concept with the
 * requirement. A short requirement drifts toward unrelated cards by a generic word ("operators" finds the cards on
 * tensor operators); a search score alone does not tell the two apart, a shared word does.
 */
final class CardEvidence {
    private static final int MAX_CACHED = 20_000;
    private final LexicalTerms lexical = new LexicalTerms();
    private final Set<String> ignored = ignoredWords();
    // A card's words, by the text they come from: a card edited in the notes simply gets a new entry.
    private final Map<String, Set<String>> cardWords = new ConcurrentHashMap<>();

    /** The words and concepts of a requirement that a card has to share. */
    Set<String> terms(String requirement, Glossary glossary) {
        Set<String> terms = significant(requirement);
        glossary.conceptIds(requirement).forEach(id -> terms.add("c:" + id));
        return terms;
    }

    boolean about(Card card, Set<String> terms, Glossary glossary) {
        if (terms.isEmpty()) {
            return false;
        }
        String text = aboutText(card);
        Set<String> words = cardWords.computeIfAbsent(text, t -> {
            if (cardWords.size() > MAX_CACHED) {
                cardWords.clear();
            }
            Set<String> found = significant(t);
            glossary.conceptIds(t).forEach(id -> found.add("c:" + id));
            return found;
        });
        return terms.stream().anyMatch(words::contains);
    }

    private Set<String> significant(String text) {
        Set<String> out = new HashSet<>();
        for (String word : lexical.words(text)) {
            boolean han = Phrases.isHan(word.charAt(0));
            if (word.length() >= (han ? 2 : 3) && !ignored.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    private static String aboutText(Card card) {
        StringBuilder text = new StringBuilder(card.title()).append('\n').append(card.question()).append('\n')
                .append(card.questionEn()).append('\n');
        card.path().forEach(p -> text.append(p).append('\n'));
        card.tags().forEach(t -> text.append(t).append('\n'));
        for (KeyPoint k : card.keyPoints()) {
            text.append(k.text()).append('\n').append(k.english()).append('\n');
        }
        return text.toString();
    }

    // The leads and tails of requirements ("experience", "familiar") and the field's generic words ("training",
    // "model") are in every job description and nearly every card: never evidence.
    private Set<String> ignoredWords() {
        Set<String> words = new HashSet<>();
        for (List<String> list : List.of(TargetWords.ALL.leads, TargetWords.ALL.trails, TargetWords.ALL.strong,
                TargetWords.ALL.weak, TargetWords.ALL.generic)) {
            list.forEach(phrase -> words.addAll(lexical.words(phrase)));
        }
        words.addAll(lexical.words(String.join(" ", Wording.of("en").words("stopwords"))));
        return words;
    }
}
