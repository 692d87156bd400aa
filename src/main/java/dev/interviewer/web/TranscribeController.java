package dev.interviewer.web;

import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.Listening;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code POST /api/transcribe}, multipart: field {@code audio} (the recording), optional {@code language}
 * ({@code zh} or {@code en}) and, to keep the recording with its interview, {@code keep=true}, {@code interview}
 * and {@code turn}. Returns {@code {"text", "seconds", "engine", "recording"}}. HTTP only: the checks and the
 * transcription are {@link Listening}'s.
 */
public final class TranscribeController implements Controller {
    /** A multipart body's own bytes (boundaries, headers, the small fields) on top of the audio. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    static final long MAX_UPLOAD_BYTES = AudioClip.MAX_BYTES + MULTIPART_OVERHEAD;

    private final Listening listening;

    /** @param listening the transcription use case, or null when no speech endpoint is configured */
    public TranscribeController(Listening listening) {
        this.listening = listening;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/transcribe", this::transcribe);
    }

    private void transcribe(Context ctx) throws IOException {
        if (listening == null) {
            throw new ApiException(503, "voice input needs a speech endpoint: start the server with --stt-base-url"
                    + " (see the README, \"Voice\"); typed answers work as before");
        }
        // Refused before the body is read: a 500 MB upload is not buffered to find out it is too big.
        if (ctx.contentLength() > MAX_UPLOAD_BYTES) {
            throw new ApiException(413, AudioClip.tooLarge(ctx.contentLength() - MULTIPART_OVERHEAD).getMessage());
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(415, "send the recording as multipart/form-data, in the field \"audio\"");
        }
        UploadedFile audio = ctx.uploadedFile("audio");
        if (audio == null) {
            throw ApiException.badRequest("the multipart field \"audio\" (the recording) is missing");
        }
        if (audio.size() > AudioClip.MAX_BYTES) {
            throw new ApiException(413, AudioClip.tooLarge(audio.size()).getMessage());
        }
        byte[] bytes;
        try (InputStream in = audio.content()) {
            bytes = in.readAllBytes();
        }
        ctx.json(listening.transcribe(bytes, language(ctx), keep(ctx)));
    }

    private static String language(Context ctx) {
        String language = ctx.formParam("language");
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Listening.Keep keep(Context ctx) {
        if (!"true".equalsIgnoreCase(ctx.formParam("keep"))) {
            return null;
        }
        String interview = ctx.formParam("interview");
        String turn = ctx.formParam("turn");
        if (interview == null || interview.isBlank() || turn == null) {
            throw ApiException.badRequest("keep=true needs the fields \"interview\" (its id) and \"turn\"");
        }
        try {
            return new Listening.Keep(interview.strip(), Integer.parseInt(turn.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("\"turn\" must be a number: " + turn);
        }
    }
}
