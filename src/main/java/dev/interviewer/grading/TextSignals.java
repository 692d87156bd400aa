package dev.interviewer.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cheap surface signals of an answer: its language, negation, whether a clause states anything, "I don't know"
 * and copies of the question. Heuristics by design: they only gate what the embeddings score.
 */
final class TextSignals {
    // Words that make a clause say something about its nouns; a bare list of terms has none of them.
    private static final Set<String> ZH_PREDICATES = Set.of("是", "为", "会", "能", "能够", "可以", "使", "使得", "让",
            "把", "被", "用", "通过", "因为", "所以", "导致", "避免", "减少", "增加", "降低", "提高", "保证", "需要", "要", "不",
            "没", "没有", "在", "对", "将", "从", "而", "而是", "就", "都", "也", "更", "比", "了", "则", "即", "并", "但",
            "但是", "还", "只", "很", "越", "来", "去", "做", "进行", "采用", "利用", "使用", "得到", "等于", "变成", "变",
            "防止", "保持", "限制", "约束", "为了", "因此", "由于", "如果", "就是", "相当于", "有", "给", "需", "应该",
            "取决于", "决定", "依赖", "引入", "加入", "去掉", "替代", "代替", "表示", "衡量", "控制", "缓解", "解决", "帮助",
            "意味着", "作为", "属于", "包括", "包含", "对应", "大", "小", "多", "少", "高", "低", "快", "慢", "稳定", "当",
            "时", "后", "再", "先", "又", "才", "已经", "可能", "一定", "必须", "直接", "只有", "拿", "靠", "按", "根据");
    private static final Set<String> EN_PREDICATES = Set.of("is", "are", "was", "were", "be", "been", "being", "can",
            "could", "will", "would", "should", "may", "might", "must", "does", "do", "did", "has", "have", "had", "to",
            "by", "so", "because", "which", "that", "it", "when", "if", "than", "into", "makes", "make", "made", "uses",
            "use", "used", "reduces", "reduce", "increases", "increase", "keeps", "keep", "prevents", "prevent", "lets",
            "let", "gives", "give", "means", "avoids", "avoid", "allows", "allow", "helps", "help", "becomes",
            "become", "computes", "compute", "measures", "needs", "need", "not", "only", "then", "thus", "instead",
            "while", "whereas", "since", "without", "get", "gets", "grows", "grow", "stays", "removes", "remove",
            "adds", "add", "limits", "limit", "controls", "control", "depends", "scales", "scale", "takes", "take",
            "saves", "save", "stores", "store", "splits", "split", "compares", "learns", "learn", "trains", "train");
    // Predicates that do not also occur inside compound nouns (unlike 不 in 不变性 or 大 in 大模型).
    private static final Set<String> CLEAR_PREDICATES = Set.of("是", "会", "能", "能够", "可以", "使", "使得", "让", "把",
            "被", "通过", "因为", "所以", "导致", "避免", "减少", "增加", "降低", "提高", "保证", "需要", "没有", "将", "而",
            "而是", "就", "都", "也", "更", "了", "则", "即", "并", "但", "但是", "还", "很", "越", "进行", "采用", "利用",
            "使用", "得到", "等于", "变成", "防止", "保持", "为了", "因此", "由于", "如果", "就是", "相当于", "取决于",
            "意味着", "作为", "属于", "包括", "包含", "已经", "可能", "必须", "只有");
    private static final int PILED_WORDS = 8;
    private static final int PILED_CHINESE = 6;
    private static final Pattern HYPHENATED = Pattern.compile("\\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\\b");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、，,/|;；:：]+");
    // Words that relate the terms around them: "saturation for large logits" says something, "saturation" does not.
    private static final Set<String> EN_RELATIONS = Set.of("of", "for", "with", "from", "after", "before", "between",
            "over", "under", "per", "via", "within", "across", "on", "in", "at", "vs", "versus", "as", "than", "into",
            "to", "by", "without");
    private static final int PHRASE_WORDS = 3;
    private static final int TERM_RUN = 6;
    private static final Set<String> EN_FUNCTION_WORDS = Set.of("the", "a", "an", "of", "for", "in", "on", "with",
            "and", "or", "i", "we", "you", "they", "its", "their", "this", "these", "those");
    // Grammatical words: the frame of a claim ("是为了", "is there to"), shared by claims that say different things.
    private static final Set<String> ZH_FRAME_WORDS = Set.of("是", "为", "为了", "了", "的", "地", "得", "就是", "主要",
            "其实", "因为", "所以", "在", "对", "也", "都", "就", "而", "并", "和", "与", "及", "或", "这", "那", "这样",
            "它", "其", "之", "会", "能", "可以", "要", "用于", "用来", "来", "去", "把", "被", "让", "使", "使得");
    private static final Set<String> EN_FRAME_WORDS = Set.of("the", "a", "an", "of", "for", "in", "on", "at", "as",
            "with", "and", "or", "to", "by", "is", "are", "was", "were", "be", "been", "there", "it", "its", "that",
            "which", "this", "these", "so", "because", "can", "will", "would", "does", "do", "mainly", "just", "only");
    // Only negations of a predicate: 不 alone also makes adjectives (不稳定) and 无/非 make terms (无偏, 非负).
    private static final Pattern ZH_NEGATION = Pattern.compile("不是|并不|不会|不能|不需要?|不用|不必|不要|没有|没|并非|"
            + "而非|不一定|未必|无需|无法|从不|从未|并没");
    // "instead of" / "rather than" open a clause of their own (ClauseSplitter), which they deny.
    private static final Set<String> EN_NEGATIONS = Set.of("not", "no", "never", "none", "neither", "nor", "cannot",
            "without", "instead", "rather", "nothing", "nobody", "nowhere");
    private static final Pattern DONT_KNOW = Pattern.compile(
            "不知道|不清楚|不太清楚|不了解|不太了解|没了解过|没学过|没听说过|我不会|忘了|忘记了|不记得|答不上|想不起|不确定"
                    + "|跳过|idon'?t ?know|dunno|idk|noidea|notsure|don'?tremember|can'?tremember|haven'?t ?learned"
                    + "|neverheard|^pass$|^skip$");
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "为什么|为何|什么|如何|怎么|怎样|是否|吗|呢|哪些|区别|\\?|？|(?i)\\b(why|what|how|whether|which|explain)\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    // Pairs of opposites: "精度比 FP16 低" is as close to "精度比 FP16 高" as embeddings can tell, yet denies it.
    private static final List<List<String>> OPPOSITES = List.of(List.of("高", "低"), List.of("大", "小"),
            List.of("多", "少"), List.of("快", "慢"), List.of("增加", "减少"), List.of("上升", "下降"),
            List.of("提高", "降低"), List.of("有偏", "无偏"), List.of("需要", "不需要"), List.of("higher", "lower"),
            List.of("more", "less"), List.of("larger", "smaller"), List.of("faster", "slower"),
            List.of("increases", "decreases"), List.of("biased", "unbiased"), List.of("online", "offline"),
            List.of("on-policy", "off-policy"), List.of("on policy", "off policy"));

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

    // Contains the word but not its opposite; either may contain the other (不需要 contains 需要).
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
        int count = (int) ZH_NEGATION.matcher(text).results().count();
        for (String w : englishWords(text)) {
            if (EN_NEGATIONS.contains(w) || w.endsWith("n't")) {
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
            if (ZH_PREDICATES.contains(w) || EN_PREDICATES.contains(w) || w.endsWith("n't")) {
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
     * Four or more short items separated by 、, commas or slashes, or English items that are each a bare term (one
     * or two words) or a run of six or more words, with no clear verb or function word among them.
     */
    static boolean keywordList(String sentence, List<String> words) {
        // "all-to-all" and "off-policy" are names: the "to" and "off" inside them are not function words.
        List<String> outsideNames = englishWords(HYPHENATED.matcher(sentence).replaceAll(" "));
        // Eight English words and not one "the", "of", "to" or "is" among them: terms piled up, not a sentence,
        // even where some could be verbs ("retriever embeddings chunks generate split store load ...").
        if ("en".equals(language(sentence)) && outsideNames.size() >= PILED_WORDS
                && outsideNames.stream().noneMatch(w -> EN_FUNCTION_WORDS.contains(w) || EN_FRAME_WORDS.contains(w))) {
            return true;
        }
        if (words.stream().filter(w -> w.codePoints().anyMatch(TextSignals::isCjk) || outsideNames.contains(w))
                .anyMatch(w -> CLEAR_PREDICATES.contains(w) || EN_PREDICATES.contains(w)
                        || EN_FUNCTION_WORDS.contains(w))) {
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

    // The parts of a sentence between 、, commas, slashes, semicolons and colons.
    /**
     * "卷积核 步长 零填充 感受野 参数共享 ...": six or more Chinese terms separated by spaces, without one grammatical
     * word (的, 是, 在, 和 ...) among them. Chinese sentences do not put spaces between their words.
     */
    private static boolean spacedChineseTerms(String sentence, List<String> words) {
        List<String> chunks = List.of(sentence.strip().split("\\s+"));
        long chinese = chunks.stream().filter(c -> c.codePoints().allMatch(TextSignals::isCjk)).count();
        return chunks.size() >= PILED_CHINESE && chinese * 5 >= chunks.size() * 3
                && words.stream().noneMatch(ZH_FRAME_WORDS::contains);
    }

    private static List<String> items(String sentence) {
        return List.of(ITEM_SEPARATOR.split(sentence.strip())).stream().filter(i -> !squeeze(i).isEmpty()).toList();
    }

    /** An English phrase that says something: terms joined by a relation word, or several terms in a row. */
    private static boolean englishPhrase(String item) {
        if (!"en".equals(language(item))) {
            return false;
        }
        int content = contentWords(item).size();
        boolean related = englishWords(item).stream().anyMatch(EN_RELATIONS::contains);
        return related && content >= 2 || content >= PHRASE_WORDS && content < TERM_RUN;
    }

    // English words that are neither function words nor single letters or numbers (d and k of d_k).
    private static List<String> contentWords(String item) {
        return englishWords(item).stream().filter(w -> w.length() >= 2 && !w.matches("\\d+")
                && !EN_FUNCTION_WORDS.contains(w) && !EN_RELATIONS.contains(w)).toList();
    }

    /**
     * The terms of a claim less its grammatical frame: function words, and Chinese bigrams made only of their
     * characters ("是为", "为了" in "是为了防止"). What is left is what the claim says.
     *
     * @param words the claim's words (as in {@link TextFeatures#words()})
     */
    static Set<String> withoutFrame(Set<String> terms, List<String> words) {
        Set<Integer> frameChars = new HashSet<>();
        Set<Integer> contentChars = new HashSet<>();
        for (String w : words) {
            if (w.codePoints().anyMatch(TextSignals::isCjk)) {
                w.codePoints().forEach((ZH_FRAME_WORDS.contains(w) ? frameChars : contentChars)::add);
            }
        }
        frameChars.removeAll(contentChars);
        Set<String> out = new HashSet<>();
        for (String term : terms) {
            String text = term.substring(term.indexOf(':') + 1);
            boolean frame = ZH_FRAME_WORDS.contains(text) || EN_FRAME_WORDS.contains(text)
                    || term.startsWith("b:") && text.codePoints().allMatch(frameChars::contains);
            if (!frame) {
                out.add(term);
            }
        }
        return out;
    }

    /** "不知道" / "I don't know" and friends anywhere in the answer. */
    static boolean saysDontKnow(String text) {
        return DONT_KNOW.matcher(squeeze(text)).find();
    }

    static boolean interrogative(String text) {
        return QUESTION_WORDS.matcher(text).find();
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
