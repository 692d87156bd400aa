package dev.interviewer.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of one annotation item: an optional {@code [w=N]} / {@code [kp=N]} marker, the text, and an
 * optional {@code | en: gloss}.
 *
 * @param marker the marker's name ({@code w} or {@code kp}), empty when there is none
 * @param value  the marker's value as written
 */
record ItemSyntax(String marker, String value, String text, String english) {
    private static final Pattern MARKER = Pattern.compile("^\\[\\s*(w|kp)\\s*[=:\uFF1A]\\s*([^\\]]*?)\\s*]\\s*",
            Pattern.CASE_INSENSITIVE);
    // "| en:" with ASCII or full-width (U+FF5C, U+FF1A) bar and colon
    private static final Pattern GLOSS =
            Pattern.compile("\\s*[|\uFF5C]\\s*en\\s*[:\uFF1A]\\s*", Pattern.CASE_INSENSITIVE);

    static ItemSyntax parse(String raw) {
        String rest = raw.strip();
        String marker = "";
        String value = "";
        Matcher m = MARKER.matcher(rest);
        if (m.find()) {
            marker = m.group(1).toLowerCase();
            value = m.group(2);
            rest = rest.substring(m.end());
        }
        Matcher gloss = GLOSS.matcher(rest);
        String english = "";
        if (gloss.find()) {
            english = rest.substring(gloss.end()).strip();
            rest = rest.substring(0, gloss.start());
        }
        return new ItemSyntax(marker, value, rest.strip(), english);
    }
}
