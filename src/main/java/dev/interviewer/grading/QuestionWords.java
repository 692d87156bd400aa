package dev.interviewer.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Words that ask rather than name ("what", "explain", "why"), read from {@code grading/question-words.txt}. */
final class QuestionWords {
    /** Every word, space-separated: analysed like any text, so they drop out of a title's terms. */
    static final String ALL = load();

    private QuestionWords() {
    }

    private static String load() {
        try (InputStream in = QuestionWords.class.getResourceAsStream("/grading/question-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /grading/question-words.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(Collectors.joining(" "));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /grading/question-words.txt", e);
        }
    }
}
