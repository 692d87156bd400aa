package dev.interviewer.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Chinese written as toneless pinyin, for people who type "zhiye guihua" when no Chinese input method is at hand.
 * Both sides become pairs of adjacent syllables ("zhiye", "yegui", "guihua" for the four characters of "career
 * plan"): a pair is specific enough to match, and it does not depend on where the typist put the spaces.
 */
final class Pinyin {
    private static final HanyuPinyinOutputFormat FORMAT = format();
    // Every toneless syllable, collected from the characters of the CJK Unified Ideographs block.
    private static final Set<String> SYLLABLES = syllables();
    private static final int LONGEST_SYLLABLE = 6;

    private Pinyin() {
    }

    /** The syllable pairs of each run of Chinese characters in {@code text}, space-separated. */
    static String pairsOf(String text) {
        List<String> pairs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String syllable = syllable(text.charAt(i));
            if (syllable == null) {
                addPairs(run, pairs);
                run.clear();
            } else {
                run.add(syllable);
            }
        }
        addPairs(run, pairs);
        return String.join(" ", pairs);
    }

    /**
     * The syllable pairs a query's Latin words spell, when they read as pinyin of at least two syllables: each word
     * is split into syllables, and words of one syllable next to each other are joined ("zhi ye gui hua").
     */
    static List<String> queryPairs(List<String> words) {
        List<String> pairs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String word : words) {
            List<String> split = split(word.toLowerCase(Locale.ROOT));
            if (split.isEmpty()) {
                addPairs(run, pairs);
                run.clear();
            } else {
                run.addAll(split);
            }
        }
        addPairs(run, pairs);
        return pairs;
    }

    /** {@code word} cut into pinyin syllables, longest first with backtracking; empty when it is not pinyin. */
    static List<String> split(String word) {
        if (word.isEmpty()) {
            return List.of();
        }
        for (int length = Math.min(LONGEST_SYLLABLE, word.length()); length >= 1; length--) {
            String head = word.substring(0, length);
            if (SYLLABLES.contains(head)) {
                if (length == word.length()) {
                    return List.of(head);
                }
                List<String> rest = split(word.substring(length));
                if (!rest.isEmpty()) {
                    List<String> all = new ArrayList<>(List.of(head));
                    all.addAll(rest);
                    return all;
                }
            }
        }
        return List.of();
    }

    private static void addPairs(List<String> run, List<String> pairs) {
        for (int i = 0; i + 1 < run.size(); i++) {
            pairs.add(run.get(i) + run.get(i + 1));
        }
    }

    /** The first (most common) toneless reading of a Chinese character, or null for anything else. */
    private static String syllable(char c) {
        if (!Character.isIdeographic(c)) {
            return null;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("lower case, no tones and v for u-umlaut is a valid format", e);
        }
    }

    private static HanyuPinyinOutputFormat format() {
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        return format;
    }

    private static Set<String> syllables() {
        Set<String> all = new HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            String syllable = syllable(c);
            if (syllable != null) {
                all.add(syllable);
            }
        }
        return Set.copyOf(all);
    }
}
