package dev.interviewer.knowledge;

import java.util.regex.Pattern;

/** Recognises reference text that is only links, pictures and markup: a "References" list is not an answer. */
final class LinkOnly {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,300}]\\([^)]{0,500}\\)");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]{0,300}]\\([^)]{0,500}\\)");
    private static final Pattern URL = Pattern.compile("<?(?:https?|ftp)://\\S+");
    private static final Pattern HTML = Pattern.compile("<[^>\\n]{1,300}>");
    // Fewer letters than this once links are gone: a caption or a "see also", not an answer.
    private static final int MIN_LETTERS = 15;

    private LinkOnly() {
    }

    /** True for text that has links or pictures and, without them, almost no words. */
    static boolean is(String markdown) {
        if (markdown.isBlank()) {
            return false;
        }
        String rest = HTML.matcher(URL.matcher(LINK.matcher(IMAGE.matcher(markdown).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        if (rest.length() == markdown.length()) {
            return false;
        }
        return rest.codePoints().filter(Character::isLetter).count() < MIN_LETTERS;
    }
}
