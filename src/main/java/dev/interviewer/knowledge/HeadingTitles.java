package dev.interviewer.knowledge;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a heading into a card title: drops numbering, emphasis and links, and moves URLs out to sources. Chinese
 * headings use full-width brackets, colons, periods and the enumeration comma (U+FF08, U+FF09, U+FF1A, U+FF0E,
 * U+3001) as much as ASCII ones.
 */
final class HeadingTitles {
    // "(https://...)", "(see https://...)": a parenthesis whose content is only a URL, maybe after a word like "see"
    // (lang/<code>/words/url-leads.txt).
    private static final Pattern PAREN_URL = Pattern.compile(
            "\\s*[(\uFF08]\\s*" + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("url-leads"))
                    + "?\\s*[:\uFF1A]?\\s*<?(https?://[^\\s)\uFF09>]+)>?\\s*[)\uFF09]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("<?(https?://[^\\s)\uFF09>]+)>?");
    // "2.", "2)", "1.2.3 ", "(3)", "Q1:", "#2 " in front of a title, also with a word before the number or a
    // numeral instead of it (lang/<code>/words/ordinal-prefixes.txt, numerals.txt); not "1.5B ..." or "3D ...".
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:" + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("ordinal-prefixes"))
                    + "\\s*)?\\d+(?:\\.\\d+)*\\s*[.\u3001)\uFF09\uFF0E:\uFF1A](?!\\d)|\\d+(?:\\.\\d+)+(?=\\s)"
                    + "|[(\uFF08]\\d+[)\uFF09]|" + WordPatterns.anyOf(Wording.wordsOfEveryLanguage("numerals"))
                    + "+\\s*[\u3001.\uFF0E)\uFF09]|Q\\s*\\d+\\s*[.:\uFF1A\u3001)]|#\\d+\\s)\\s*",
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
        s = s.replaceAll("[(\uFF08]\\s*[)\uFF09]", "");
        s = NUMBERING.matcher(withoutLeadingSymbols(s.strip())).replaceFirst("");
        s = s.replaceAll("\\s+", " ").replaceAll("[\\s:\uFF1A]+$", "").strip();
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
