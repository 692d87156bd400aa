package dev.interviewer.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleans a heading into a card title: drops numbering, emphasis and links, and moves URLs out to sources. */
final class HeadingTitles {
    // "(https://...)", "（参考 https://...）": a parenthesis whose content is only a URL, maybe after a word like "see".
    private static final Pattern PAREN_URL = Pattern.compile(
            "\\s*[(（]\\s*(?:参考|参见|见|来源|出处|链接|原文|source|ref|see|via)?\\s*[:：]?\\s*"
                    + "<?(https?://[^\\s)）>]+)>?\\s*[)）]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("<?(https?://[^\\s)）>]+)>?");
    // "2.", "2、", "1.2.3 ", "(3)", "三、", "Q1:" in front of a title; not "1.5B ..." or "3D ...".
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:第\\s*)?\\d+(?:\\.\\d+)*\\s*[.、)）．:：](?!\\d)|\\d+(?:\\.\\d+)+(?=\\s)|[(（]\\d+[)）]"
                    + "|[一二三四五六七八九十]+\\s*[、.．)）]|Q\\s*\\d+\\s*[.:：、)]|#\\d+\\s)\\s*",
            Pattern.CASE_INSENSITIVE);

    private HeadingTitles() {
    }

    static CleanTitle clean(String rawHeading) {
        List<String> urls = new ArrayList<>();
        Matcher link = InlineMarkdown.LINK.matcher(rawHeading);
        while (link.find()) {
            if (link.group(2).startsWith("http")) {
                urls.add(link.group(2));
            }
        }
        String s = collect(PAREN_URL, InlineMarkdown.plain(rawHeading), urls);
        s = collect(BARE_URL, s, urls);
        s = s.replaceAll("[(（]\\s*[)）]", "");
        s = NUMBERING.matcher(withoutLeadingSymbols(s.strip())).replaceFirst("");
        s = s.replaceAll("\\s+", " ").replaceAll("[\\s:：]+$", "").strip();
        return new CleanTitle(s, urls.stream().distinct().toList());
    }

    /** "📌 Q12: ..." and "✅ Answer": pictographs in front of a title are decoration. */
    private static String withoutLeadingSymbols(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) != Character.OTHER_SYMBOL && cp != 0xFE0F && cp != 0x200D
                    && !Character.isWhitespace(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    private static String collect(Pattern pattern, String text, List<String> urls) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            urls.add(m.group(1));
            m.appendReplacement(out, "");
        }
        m.appendTail(out);
        return out.toString();
    }
}
