package dev.interviewer.web;

import dev.interviewer.grading.AnswerGrading;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/** {@code POST /api/grade {"question", "answer"}}: grades a free-text answer against the notes. */
public final class GradeController implements Controller {
    /** Longer answers are refused: they are not interview answers, and grading time grows with length. */
    public static final int MAX_ANSWER_CHARS = 8000;
    public static final int MAX_QUESTION_CHARS = 2000;

    private final AnswerGrading grading;

    public GradeController(AnswerGrading grading) {
        this.grading = Objects.requireNonNull(grading, "grading");
    }

    /** The request body. */
    public record GradeBody(String question, String answer) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/grade", this::grade);
    }

    private void grade(Context ctx) {
        GradeBody body = ctx.bodyAsClass(GradeBody.class);
        if (body == null || body.question() == null || body.question().isBlank()) {
            throw ApiException.badRequest("\"question\" (a non-empty string) is required");
        }
        if (body.answer() == null) {
            throw ApiException.badRequest("\"answer\" (a string) is required");
        }
        if (body.question().length() > MAX_QUESTION_CHARS) {
            throw new ApiException(413, "question too long: " + body.question().length() + " characters (max "
                    + MAX_QUESTION_CHARS + ")");
        }
        if (body.answer().length() > MAX_ANSWER_CHARS) {
            throw new ApiException(413, "answer too long: " + body.answer().length() + " characters (max "
                    + MAX_ANSWER_CHARS + ")");
        }
        ctx.json(grading.grade(body.question(), body.answer()));
    }
}
