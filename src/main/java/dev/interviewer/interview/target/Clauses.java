package dev.interviewer.interview.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts requirement text into sentences, and a sentence that lists several skills into one requirement each:
 * "PyTorch, DeepSpeed and vLLM" is three, "DPO, PPO and other preference-alignment methods" and "RL methods such
 * as PPO and DPO" one each
 * (the items are examples of one requirement), and a sentence whose commas join long clauses stays whole.
 * Brackets are never cut: "positional encodings (RoPE, ALiBi)" is one item.
 */
final class Clauses {
    // Full-width comma and semicolon.
    private static final String FULL_WIDTH_CLAUSE_SEPARATORS = "\uff0c\uff1b";
    private static final String CLAUSE_SEPARATORS = "," + FULL_WIDTH_CLAUSE_SEPARATORS;
    private static final char LIST_SEPARATOR = '\u3001';
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "incl", "approx", "eg", "ie");
    // A clause list is split only when its clauses are short: commas in prose join clauses, not skills.
    private static final double SHORT = 8;
    // An item that names a thing ("PyTorch", "reward modeling") rather than describing a duty.
    private static final double NAME = 4;

    private Clauses() {
    }

    /** The sentences of a line of prose. */
    static List<String> sentences(String line) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (endsSentence(line, i)) {
                add(sentences, line.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(sentences, line.substring(start));
        return sentences;
    }

    /**
     * The requirements a sentence lists: its items when it lists skills, else the sentence itself. Chinese
     * commas and semicolons always end a requirement (they join duties); an ASCII comma only in a list of short
     * items, since in English prose it also joins the clauses of one thought.
     */
    static List<String> items(String sentence, TargetWords words) {
        List<String> items = new ArrayList<>();
        for (String clause : splitTop(sentence, FULL_WIDTH_CLAUSE_SEPARATORS + ";")) {
            if (introducesExamples(clause, words.examples)) {
                items.add(clause);
                continue;
            }
            for (String part : commaList(clause, words)) {
                List<String> enumerated = splitTop(part, String.valueOf(LIST_SEPARATOR));
                items.addAll(enumerated.size() > 1 ? withLastSplit(enumerated, words.conjunctions) : enumerated);
            }
        }
        return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> commaList(String clause, TargetWords words) {
        List<String> parts = splitTop(clause, ",");
        boolean list = parts.size() >= 3 || parts.size() == 2 && parts.stream().allMatch(Clauses::isShort);
        return list ? withLastSplit(parts, words.conjunctions) : List.of(clause);
    }

    private static boolean endsSentence(String line, int i) {
        char c = line.charAt(i);
        if ("\u3002\uff01\uff1f!?".indexOf(c) >= 0) {
            return true;
        }
        if (c != '.' || i + 2 >= line.length() || !Character.isWhitespace(line.charAt(i + 1))) {
            return false;
        }
        char next = line.stripLeading().isEmpty() ? ' ' : line.substring(i + 1).stripLeading().charAt(0);
        return (Character.isUpperCase(next) || Phrases.isHan(next)) && !abbreviation(line, i);
    }

    private static boolean abbreviation(String line, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
            start--;
        }
        return ABBREVIATIONS.contains(line.substring(start, dot).toLowerCase(Locale.ROOT));
    }

    // "RL such as PPO and DPO", "DPO, PPO etc. (deng) for alignment", "frameworks (e.g. DeepSpeed, FSDP)": one each.
    private static boolean introducesExamples(String sentence, List<String> examples) {
        String outside = outsideBrackets(sentence).toLowerCase(Locale.ROOT);
        for (String marker : examples) {
            if (marker.length() == 1 && Phrases.isHan(marker.charAt(0))) {
                if (singleHanMarker(outside, marker.charAt(0))) {
                    return true;
                }
            } else if (Phrases.contains(outside, marker)) {
                return true;
            }
        }
        return false;
    }

    // A one-character marker is a word of its own before a Latin word or a space, or after the list it closes.
    private static boolean singleHanMarker(String text, char marker) {
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            boolean beforeLatin = at + 1 >= text.length() || !Phrases.isHan(text.charAt(at + 1));
            boolean afterList = text.substring(0, at).chars()
                    .anyMatch(ch -> ch == LIST_SEPARATOR || CLAUSE_SEPARATORS.indexOf(ch) >= 0);
            if (beforeLatin || afterList) {
                return true;
            }
        }
        return false;
    }

    /** Splits at separators outside brackets; a comma between digits (1,000) does not split. */
    static List<String> splitTop(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Punctuation.OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (Punctuation.CLOSING.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && separators.indexOf(c) >= 0 && !betweenDigits(text, i)) {
                add(parts, text.substring(start, i));
                start = i + 1;
            }
        }
        add(parts, text.substring(start));
        return parts;
    }

    /**
     * "X, Y and Z": the conjunction before the last item splits it too, when the items before it are names (very
     * short) and both halves are short: "drives the roadmap, and X and Y" is left alone.
     */
    private static List<String> withLastSplit(List<String> parts, List<String> conjunctions) {
        List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
        if (!out.stream().allMatch(p -> size(p) <= NAME)) {
            out.add(parts.get(parts.size() - 1));
            return out;
        }
        String last = parts.get(parts.size() - 1);
        String lower = outsideBrackets(last).toLowerCase(Locale.ROOT);
        for (String word : conjunctions) {
            // A Latin conjunction is a word between spaces; a Chinese one needs none.
            String conjunction = Phrases.isLatin(word.charAt(0)) || word.equals("&") ? " " + word + " " : word;
            int at = lower.indexOf(conjunction);
            if (at > 0 && at + conjunction.length() < last.length()) {
                String before = last.substring(0, at);
                String after = last.substring(at + conjunction.length());
                if (isShort(before) && isShort(after) && !before.isBlank() && !after.isBlank()) {
                    out.add(before);
                    out.add(after);
                    return out;
                }
            }
        }
        out.add(last);
        return out;
    }

    static boolean isShort(String text) {
        return size(text) <= SHORT;
    }

    // Latin words count one each, Chinese characters half each (a Chinese word has about two).
    private static double size(String text) {
        long latinWords = text.strip().isEmpty() ? 0
                : Arrays.stream(text.strip().split("[\\s/]+")).filter(w -> w.chars().anyMatch(
                        ch -> ch < 128 && Character.isLetter(ch))).count();
        long han = text.chars().filter(ch -> Phrases.isHan((char) ch)).count();
        return latinWords + han / 2.0;
    }

    // The text with bracketed parts blanked out (same length, so indexes still match).
    private static String outsideBrackets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (Punctuation.OPENING.indexOf(c) >= 0) {
                depth++;
            }
            out.append(depth > 0 ? ' ' : c);
            if (Punctuation.CLOSING.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
        }
        return out.toString();
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static void add(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
