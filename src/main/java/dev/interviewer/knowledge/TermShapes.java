package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words shaped like the name of a technology: an acronym (DPO, KV), inner capitals (PyTorch, ZeRO, vLLM), letters
 * with digits (fp16, GPT-4) or C++ and C#. A capitalised word alone is not one: every sentence starts with one.
 */
public final class TermShapes {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9+#.\\-]*[A-Za-z0-9+#]|[A-Za-z]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9\\-]*[A-Z0-9]");
    private static final Pattern INNER_CAPITAL = Pattern.compile(".*[a-z].*[A-Z].*");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*[A-Za-z].*\\d.*|.*\\d.*[A-Za-z].*");

    private TermShapes() {
    }

    /** The Latin words of a text, in order (hyphens, dots, digits, + and # kept inside a word). */
    public static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public static boolean technologyName(String word) {
        return word.contains("+") || word.contains("#") || ACRONYM.matcher(word).matches()
                || INNER_CAPITAL.matcher(word).matches() || WITH_DIGIT.matcher(word).matches();
    }
}
