package dev.interviewer.knowledge;

import dev.interviewer.lang.WordPatterns;
import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides how a card's title is asked: as it is when it reads as a question in any language (the patterns
 * {@code lang/<code>/patterns/question-titles.txt}), else as {@code notes.explain} says ("Explain ...").
 */
final class Questions {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern QUESTION =
            Pattern.compile(WordPatterns.anyPattern(Wording.patternsOfEveryLanguage("question-titles")),
                    Pattern.CASE_INSENSITIVE);

    private Questions() {
    }

    // A question mark, ASCII or full-width (U+FF1F), ends a question in any language.
    static boolean isQuestion(String title) {
        String t = title.strip();
        return t.endsWith("?") || t.endsWith("\uFF1F") || QUESTION.matcher(t).find();
    }

    static boolean hasChinese(String text) {
        return CJK.matcher(text).find();
    }

    /** The question to ask; {@code context} (reference, topic) decides the language when the title has none. */
    static String ask(String title, List<String> context) {
        if (isQuestion(title)) {
            return title;
        }
        boolean chinese = hasChinese(title) || context.stream().anyMatch(Questions::hasChinese);
        return explain(chinese ? "zh" : "en", title);
    }

    /** The English form of a derived question, or "" when only the Chinese one is known. */
    static String english(String title, String question) {
        if (!hasChinese(question)) {
            return question;
        }
        return hasChinese(title) || isQuestion(title) ? "" : explain("en", title);
    }

    private static String explain(String language, String title) {
        return Wording.of(language).text("notes.explain", Map.of("title", title));
    }
}
