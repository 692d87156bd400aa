package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces inline Markdown (emphasis, code, links, images, comments) to plain text, leaving LaTeX untouched. */
final class InlineMarkdown {
    // Repetitions are bounded and stop at the next bracket: a line of thousands of "[" must stay linear.
    static final Pattern LINK =
            Pattern.compile("\\[([^\\[\\]]{0,300}+)]\\(\\s*<?([^)\\s>]{0,500}+)>?(?:\\s+[\"'(][^)]{0,300}+)?\\)");
    private static final Pattern CODE = Pattern.compile("(`{1,10})(.{1,1000}?)\\1");
    // Math is protected before emphasis is stripped: "$a*b*c$" and "$d_k$" must survive untouched.
    private static final Pattern MATH =
            Pattern.compile("\\$\\$.{1,2000}?\\$\\$|\\$[^$\\n]{1,500}?\\$|\\\\\\(.{1,500}?\\\\\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]{0,300}+)]\\([^)]{0,500}+\\)");
    // Obsidian / wiki links: [[page]] and [[page|shown text]]
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|]{1,300}+)(?:\\|([^\\[\\]]{1,300}+))?]]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.{1,1000}?)\\1");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*\\\\])\\*(?![\\s*])([^*]{1,1000}?)(?<![\\s\\\\])\\*(?![\\w*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([*_#`~>])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\u0001(\\d+)\u0002");

    private InlineMarkdown() {
    }

    /** Plain text: links become their text. */
    static String plain(String markdown) {
        return convert(markdown, false);
    }

    /** Plain text where a link keeps its target, {@code text (url)}: for sources, where the URL is the point. */
    static String withLinkTargets(String markdown) {
        return convert(markdown, true);
    }

    private static String convert(String markdown, boolean keepTargets) {
        List<String> kept = new ArrayList<>();
        String s = withoutComments(markdown);
        s = protect(s, CODE, kept, m -> m.group(2).strip());
        s = protect(s, MATH, kept, MatchResult::group);
        s = replace(s, IMAGE, m -> m.group(1));
        s = replace(s, LINK, m -> linkText(m.group(1), m.group(2), keepTargets));
        s = replace(s, AUTOLINK, m -> m.group(1));
        s = replace(s, WIKI_LINK, m -> m.group(2) != null ? m.group(2) : m.group(1));
        String before;
        do {
            before = s;
            s = replace(s, STRONG, m -> m.group(2));
        } while (!s.equals(before));
        s = replace(s, EMPHASIS, m -> m.group(1));
        s = replace(s, ESCAPE, m -> m.group(1));
        s = replace(s, PLACEHOLDER, m -> kept.get(Integer.parseInt(m.group(1))));
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Removes {@code <!-- ... -->} in one pass (a regex would rescan the rest of the text from every "<!--"). */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("<!--", from);
            int close = open < 0 ? -1 : text.indexOf("-->", open + 4);
            if (close < 0) {
                return out.append(text, from, text.length()).toString();
            }
            out.append(text, from, open);
            from = close + 3;
        }
    }

    private static String linkText(String text, String target, boolean keepTargets) {
        String label = text.strip();
        if (!keepTargets || target.isBlank() || label.equals(target)) {
            return label.isEmpty() ? target : label;
        }
        return label.isEmpty() ? target : label + " (" + target + ")";
    }

    private static String protect(String s, Pattern pattern, List<String> kept, Function<MatchResult, String> value) {
        return replace(s, pattern, m -> {
            kept.add(value.apply(m));
            return "\u0001" + (kept.size() - 1) + "\u0002";
        });
    }

    private static String replace(String s, Pattern pattern, Function<MatchResult, String> replacement) {
        return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(replacement.apply(m)));
    }
}
