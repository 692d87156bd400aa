package dev.interviewer.web;

import dev.interviewer.interview.voice.Speaker;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code POST /api/speech {"text"}}: the text read aloud by the server voice ({@code --tts-model}), as audio bytes.
 * The page sends the words already cleaned of formulas and code.
 */
public final class SpeechController implements Controller {
    /** What OpenAI's {@code /audio/speech} takes in one request. */
    public static final int MAX_CHARS = 4096;

    private final Speaker speaker;

    /** @param speaker the server voice, or null when none is configured */
    public SpeechController(Speaker speaker) {
        this.speaker = speaker;
    }

    /** The request body. */
    public record SpeechRequest(String text) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/speech", this::speak);
    }

    private void speak(Context ctx) {
        if (speaker == null) {
            throw new ApiException(503, "no server voice is configured (start the server with --tts-model);"
                    + " the page reads aloud with the browser's voices");
        }
        SpeechRequest request = ctx.body().isBlank() ? null : ctx.bodyAsClass(SpeechRequest.class);
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ApiException.badRequest("\"text\" (a non-empty string) is required");
        }
        if (request.text().length() > MAX_CHARS) {
            throw new ApiException(413, "text too long: " + request.text().length() + " characters (max "
                    + MAX_CHARS + ")");
        }
        Speaker.SpokenAudio audio = speaker.speak(request.text().strip());
        ctx.contentType(audio.mimeType()).header("Cache-Control", "no-store").result(audio.bytes());
    }
}
