package dev.interviewer.web;

import dev.interviewer.interview.voice.AudioFormat;
import dev.interviewer.interview.voice.Recordings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/**
 * The recordings a candidate kept: {@code GET /api/interviews/{id}/recordings} lists them,
 * {@code GET /api/interviews/{id}/recordings/{name}} plays one. Whoever holds the interview id holds its audio.
 */
public final class RecordingsController implements Controller {
    private final Recordings recordings;

    public RecordingsController(Recordings recordings) {
        this.recordings = Objects.requireNonNull(recordings, "recordings");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/interviews/{id}/recordings", ctx -> ctx.json(recordings.list(id(ctx))));
        routes.get("/api/interviews/{id}/recordings/{name}", this::play);
    }

    private void play(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] bytes = recordings.read(id(ctx), name)
                .orElseThrow(() -> ApiException.notFound("no recording " + name + " in interview " + id(ctx)));
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = java.util.stream.Stream.of(AudioFormat.values()).filter(f -> f.extension().equals(extension))
                .map(AudioFormat::mimeType).findFirst().orElse("application/octet-stream");
        ctx.contentType(type).header("Cache-Control", "private, max-age=3600").result(bytes);
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }
}
