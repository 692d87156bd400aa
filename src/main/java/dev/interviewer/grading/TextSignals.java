package dev.interviewer.grading;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cheap surface signals of an answer: its language, negation, whether a clause states anything, "I don't know"
 * and copies of the question. Heuristics by design: they only gate what the embeddings score.
 */
final class TextSignals {
    // Before the word lists: they are compared in squeezed form.
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final GrammarWords GRAMMAR = GrammarWords.ofEveryLanguage();
    // Words that make a clause say something about its nouns; a bare list of terms has none of them. The weak ones
    // also occur inside compound nouns, so they do not tell a sentence from a list of terms.
    private static final Set<String> PREDICATES = GRAMMAR.withRole(GrammarWords.PREDICATE);
    private static final Set<String> WEAK_PREDICATES = GRAMMAR.withRole(GrammarWords.WEAK_PREDICATE);
    private static final int PILED_WORDS = 8;
    private static final int PILED_CHINESE = 6;
    private static final Pattern HYPHENATED = Pattern.compile("\\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\\b");
    // Enumeration commas, commas, slashes, bars, semicolons and colons, full-width (U+3001, U+FF0C, U+FF1B, U+FF1A)
    // and ASCII.
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[\u3001\uFF0C,/|;\uFF1B:\uFF1A]+");
    // Words that relate the terms around them: "saturation for large logits" says something, "saturation" does not.
    private static final Set<String> RELATIONS = GRAMMAR.withRole(GrammarWords.RELATION);
    private static final int PHRASE_WORDS = 3;
    private static final int TERM_RUN = 6;
    private static final Set<String> FUNCTION_WORDS = GRAMMAR.withRole(GrammarWords.FUNCTION);
    // Grammatical words: the frame of a claim ("is there to"), shared by claims that say different things.
    private static final Set<String> FRAME_WORDS = GRAMMAR.withRole(GrammarWords.FRAME);
    // Negations in Chinese characters are found inside the text (Chinese does not space its words), others are
    // whole words. "instead of" / "rather than" open a clause of their own (ClauseSplitter), which they deny.
    private static final Pattern HAN_NEGATION = Pattern.compile(WordPatterns.anyOf(
            GRAMMAR.withRole(GrammarWords.NEGATION).stream().filter(WordPatterns::isHan).toList()));
    private static final Set<String> NEGATIONS = GRAMMAR.withRole(GrammarWords.NEGATION).stream()
            .filter(w -> !WordPatterns.isHan(w)).collect(Collectors.toUnmodifiableSet());
    // Found in the squeezed answer: anywhere, or as the whole answer.
    private static final Pattern DONT_KNOW =
            Pattern.compile(squeezed("dont-know") + "|^" + squeezed("dont-know-alone") + "$");
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            WordPatterns.inText(Wording.wordsOfEveryLanguage("interrogatives")) + "|[?\uFF1F]");

    // Pairs of opposites: a clause with the opposite word is as close to the claim as embeddings can tell.
    private static final List<List<String>> OPPOSITES = Wording.wordsOfEveryLanguage("opposites").stream()
            .map(TextSignals::pair).toList();

    private TextSignals() {
    }

    /** Whether the clause says the opposite of the claim: it has one word of a pair where the claim has the other. */
    static boolean opposes(String clause, String claim) {
        String a = clause.toLowerCase(Locale.ROOT);
        String b = claim.toLowerCase(Locale.ROOT);
        for (List<String> pair : OPPOSITES) {
            String x = pair.get(0);
            String y = pair.get(1);
            if (has(b, x, y) && has(a, y, x) || has(b, y, x) && has(a, x, y)) {
                return true;
            }
        }
        return false;
    }

    // Contains the word but not its opposite; either may contain the other ("unbiased" contains "biased").
    private static boolean has(String text, String word, String opposite) {
        String forWord = opposite.contains(word) ? text.replace(opposite, "") : text;
        String forOpposite = word.contains(opposite) ? text.replace(word, "") : text;
        return forWord.contains(word) && !forOpposite.contains(opposite);
    }

    /**
     * Whether {@code mentioned} names a sibling of one of {@code names} (k3 for k1: same letters, another number)
     * without naming that one itself.
     */
    static boolean namesSibling(Set<String> mentioned, Set<String> names) {
        for (String name : names) {
            String stem = name.replaceAll("[\\d\\-_/]+$", "");
            if (!stem.isEmpty() && !mentioned.contains(name) && mentioned.stream()
                    .anyMatch(m -> !m.equals(name) && m.matches(".*\\d$") && m.replaceAll("[\\d\\-_/]+$", "")
                            .equals(stem))) {
                return true;
            }
        }
        return false;
    }

    /** The words in Latin letters or with digits (PPO, k3, pre-norm): the names a claim is about. */
    static Set<String> names(String text) {
        Set<String> names = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9_\\-]+|(?<![a-z0-9])-|-(?![a-z0-9])")) {
            // Plain numbers and single letters are parts of formulas, not names.
            if (w.length() >= 2 && !w.matches("[\\d_\\-]+")) {
                names.add(w);
            }
        }
        return names;
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN;
    }

    /** "zh" when at least a fifth of the letters are Chinese characters, else "en". */
    static String language(String text) {
        int cjk = 0;
        int letters = 0;
        for (int cp : text.codePoints().toArray()) {
            if (isCjk(cp)) {
                cjk++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        // Latin letters come in longer runs per word than Chinese characters do, hence the low share.
        return letters > 0 && cjk * 5 >= letters ? "zh" : (letters == 0 ? "zh" : "en");
    }

    /** Lower-cased letters and digits only: the form in which copies and "I don't know" are recognised. */
    static String squeeze(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace("'", "");
    }

    /** Words written in Latin letters (Chinese runs are left to SmartCN). */
    static List<String> englishWords(String text) {
        return List.of(NON_WORD.split(text.toLowerCase(Locale.ROOT).trim())).stream()
                .filter(w -> !w.isEmpty() && w.codePoints().noneMatch(TextSignals::isCjk)).toList();
    }

    /** Whether the text denies something (in Chinese or English). */
    static boolean negated(String text) {
        int count = (int) HAN_NEGATION.matcher(text).results().count();
        for (String w : englishWords(text)) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                count++;
            }
        }
        // A double negative asserts; only an odd count denies.
        return count % 2 == 1;
    }

    /**
     * Whether a sentence asserts something rather than naming terms: it has a predicate word, or is a phrase that
     * relates or joins several terms ("softmax saturation for large logits", "large logits saturate softmax"), and
     * is not a bare enumeration of terms.
     */
    static boolean statement(String sentence, List<String> words) {
        if (keywordList(sentence, words)) {
            return false;
        }
        long chinese = 0;
        for (String w : words) {
            if (PREDICATES.contains(w) || WEAK_PREDICATES.contains(w) || w.endsWith("n't")) {
                return true;
            }
            if (w.codePoints().anyMatch(TextSignals::isCjk)) {
                chinese++;
            }
        }
        // Long runs of Chinese words without a known predicate are still sentences (SmartCN misses many verbs).
        // English verbs are an open class: a phrase of several words says something even when none is listed.
        return chinese >= 6 || items(sentence).stream().anyMatch(TextSignals::englishPhrase);
    }

    /**
     * Four or more short items separated by enumeration commas, commas or slashes, or English items that are each a
     * bare term (one or two words) or a run of six or more words, with no clear verb or function word among them.
     */
    static boolean keywordList(String sentence, List<String> words) {
        // "all-to-all" and "off-policy" are names: the "to" and "off" inside them are not function words.
        List<String> outsideNames = englishWords(HYPHENATED.matcher(sentence).replaceAll(" "));
        // Eight English words and not one "the", "of", "to" or "is" among them: terms piled up, not a sentence,
        // even where some could be verbs ("retriever embeddings chunks generate split store load ...").
        if ("en".equals(language(sentence)) && outsideNames.size() >= PILED_WORDS
                && outsideNames.stream().noneMatch(w -> FUNCTION_WORDS.contains(w) || FRAME_WORDS.contains(w))) {
            return true;
        }
        if (words.stream().filter(w -> w.codePoints().anyMatch(TextSignals::isCjk) || outsideNames.contains(w))
                .anyMatch(w -> PREDICATES.contains(w) || FUNCTION_WORDS.contains(w))) {
            return false;
        }
        if (spacedChineseTerms(sentence, words)) {
            return true;
        }
        List<String> items = items(sentence);
        // Four or more English items without one verb or function word among them: nouns piled up, whatever
        // their length ("Ulysses all-to-all heads, Ring Attention KV blocks, 4Nh/P, ...").
        if (items.size() >= 4 && "en".equals(language(sentence))) {
            return true;
        }
        if (items.size() >= 4) {
            List<Integer> lengths = items.stream().map(i -> squeeze(i).length()).sorted().toList();
            if (lengths.get(lengths.size() / 2) <= 8) {
                return true;
            }
        }
        // "scaled dot product, large logits saturate softmax" is two phrases; "softmax, gradient flow" two terms.
        return "en".equals(language(sentence)) && englishWords(sentence).size() >= TERM_RUN
                && items.stream().map(i -> contentWords(i).size()).allMatch(n -> n < PHRASE_WORDS || n >= TERM_RUN);
    }

    /**
     * Six or more Chinese terms separated by spaces ("kernel stride padding receptive-field ..." in Chinese), without
     * one Chinese grammatical word among them. Chinese sentences do not put spaces between their words.
     */
    private static boolean spacedChineseTerms(String sentence, List<String> words) {
        List<String> chunks = List.of(sentence.strip().split("\\s+"));
        long chinese = chunks.stream().filter(c -> c.codePoints().allMatch(TextSignals::isCjk)).count();
        return chunks.size() >= PILED_CHINESE && chinese * 5 >= chunks.size() * 3
                && words.stream().filter(WordPatterns::isHan).noneMatch(FRAME_WORDS::contains);
    }

    // The parts of a sentence between enumeration commas, commas, slashes, semicolons and colons.
    private static List<String> items(String sentence) {
        return List.of(ITEM_SEPARATOR.split(sentence.strip())).stream().filter(i -> !squeeze(i).isEmpty()).toList();
    }

    /** An English phrase that says something: terms joined by a relation word, or several terms in a row. */
    private static boolean englishPhrase(String item) {
        if (!"en".equals(language(item))) {
            return false;
        }
        int content = contentWords(item).size();
        boolean related = englishWords(item).stream().anyMatch(RELATIONS::contains);
        return related && content >= 2 || content >= PHRASE_WORDS && content < TERM_RUN;
    }

    // English words that are neither function words nor single letters or numbers (d and k of d_k).
    private static List<String> contentWords(String item) {
        return englishWords(item).stream().filter(w -> w.length() >= 2 && !w.matches("\\d+")
                && !FUNCTION_WORDS.contains(w) && !RELATIONS.contains(w)).toList();
    }

    /**
     * The terms of a claim less its grammatical frame: function words, and Chinese bigrams made only of their
     * characters (the two bigrams of the three-character "is there to"). What is left is what the claim says.
     *
     * @param words the claim's words (as in {@link TextFeatures#words()})
     */
    static Set<String> withoutFrame(Set<String> terms, List<String> words) {
        Set<Integer> frameChars = new HashSet<>();
        Set<Integer> contentChars = new HashSet<>();
        for (String w : words) {
            if (w.codePoints().anyMatch(TextSignals::isCjk)) {
                w.codePoints().forEach((FRAME_WORDS.contains(w) ? frameChars : contentChars)::add);
            }
        }
        frameChars.removeAll(contentChars);
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            String text = term.substring(term.indexOf(':') + 1);
            boolean frame = FRAME_WORDS.contains(text)
                    || term.startsWith("b:") && text.codePoints().allMatch(frameChars::contains);
            if (!frame) {
                out.add(term);
            }
        }
        return out;
    }

    /** "I don't know" and friends, in any language, anywhere in the answer. */
    static boolean saysDontKnow(String text) {
        return DONT_KNOW.matcher(squeeze(text)).find();
    }

    static boolean interrogative(String text) {
        return QUESTION_WORDS.matcher(text).find();
    }

    // A word list in its squeezed form (as answers are compared), as alternatives.
    private static String squeezed(String list) {
        return WordPatterns.anyOf(Wording.wordsOfEveryLanguage(list).stream().map(TextSignals::squeeze).toList());
    }

    // "word | opposite"
    private static List<String> pair(String line) {
        List<String> pair = List.of(line.split("\\s*\\|\\s*"));
        if (pair.size() != 2 || pair.stream().anyMatch(String::isBlank)) {
            throw new IllegalStateException("opposites are written \"word | opposite\": " + line);
        }
        return pair;
    }

    /** Character bigrams of the squeezed text: robust to spacing and punctuation changes in a copied question. */
    static Set<String> bigrams(String text) {
        String s = squeeze(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        if (s.length() == 1) {
            out.add(s);
        }
        return out;
    }

    /** The share of {@code part}'s bigrams found in {@code whole}. */
    static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        long inside = part.stream().filter(whole::contains).count();
        return (double) inside / part.size();
    }
}
