package dev.interviewer.web;

import dev.interviewer.interview.model.HistoryArchive;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * {@code GET /api/backup}: the whole history as a backup document, to download; {@code POST /api/restore}: merges
 * such a document into the history (what is there already is kept). Invalid backups are 400s with what is wrong
 * ({@code InvalidBackupException} is an IllegalArgumentException, see ErrorMapping); over 200 MB, 413.
 */
public final class BackupController implements Controller {
    private final HistoryArchive archive;
    private final Clock clock;
    private final long maxBytes;

    public BackupController(HistoryArchive archive, Clock clock) {
        this(archive, clock, Uploads.MAX_BYTES);
    }

    BackupController(HistoryArchive archive, Clock clock, long maxBytes) {
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/backup", this::backup);
        routes.post("/api/restore", this::restore);
    }

    // Written whole before it is sent: a failure half-way is a 500, never a 200 with half a backup.
    private void backup(Context ctx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        archive.backup(out);
        String name = "interviewer-backup-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
        ctx.contentType("application/json; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(out.toByteArray());
    }

    private void restore(Context ctx) throws IOException {
        try (InputStream body = Uploads.body(ctx, "application/json", maxBytes, "backup")) {
            ctx.json(archive.restore(body));
        } catch (Uploads.TooLarge e) {
            throw e.asApiException();
        }
    }
}
