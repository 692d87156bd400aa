package dev.interviewer.portable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes Anki's LaTeX out of field HTML before it is parsed, so that markup inside a formula ({@code <br>},
 * {@code &lt;}, underscores) is neither read as HTML nor escaped as Markdown, and puts it back as
 * {@code $...$} / {@code $$...$$}, which the notes and the web page render.
 */
final class MathSpans {
    static final char START = '\uE000';
    static final char END = '\uE001';
    // MathJax \( \) and \[ \], and the older LaTeX-to-image forms [$] [/$], [$$] [/$$], [latex] [/latex].
    private static final Pattern MATH = Pattern.compile(
            "\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\]|\\[\\$](.+?)\\[/\\$]|\\[\\$\\$](.+?)\\[/\\$\\$]"
                    + "|\\[latex](.+?)\\[/latex]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PLACEHOLDER = Pattern.compile(START + "(\\d+)" + END);

    /** One formula: its TeX source, whether it is displayed on its own line, and the text as it was written. */
    record Formula(String tex, boolean display, String written) {
        String markdown() {
            return display ? "$$" + tex + "$$" : "$" + tex + "$";
        }
    }

    private final List<Formula> formulas = new ArrayList<>();

    /** The HTML with every formula replaced by a placeholder. */
    String extract(String html) {
        if (html.indexOf('\\') < 0 && html.indexOf('[') < 0) {
            return html;
        }
        Matcher m = MATH.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int group = firstGroup(m);
            boolean display = group == 2 || group == 4 || group == 5;
            String tex = tex(m.group(group), display);
            String replacement = tex.isEmpty() ? "" : START + String.valueOf(formulas.size()) + END;
            if (!tex.isEmpty()) {
                formulas.add(new Formula(tex, display, plain(m.group())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    Formula formula(int index) {
        return formulas.get(index);
    }

    /** Puts the formulas back as they were written (for code, where nothing is rendered). */
    String restoreWritten(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                formulas.get(Integer.parseInt(m.group(1))).written()));
    }

    static Pattern placeholder() {
        return PLACEHOLDER;
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        throw new IllegalStateException("no group matched: " + m.group());
    }

    /** Formulas are one line: inline math must be, and a line starting "-" inside display math would become a list. */
    private static String tex(String html, boolean display) {
        String tex = SafeMarkdown.oneLine(plain(BREAK.matcher(html).replaceAll(" ")).replace('\u00A0', ' '));
        return display ? tex : tex.replace("$", "\\$");
    }

    private static String plain(String html) {
        return HtmlEntities.decode(TAG.matcher(html).replaceAll(""));
    }
}
