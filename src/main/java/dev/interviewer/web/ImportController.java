package dev.interviewer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/import?name=deck.apkg[&replace=true]}: the file is the request body (application/octet-stream,
 * at most 200 MB); it is saved to a temporary folder under its own name and imported into the notes folder. The
 * response is the import's summary.
 */
public final class ImportController implements Controller {
    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final NotesImport importer;
    private final long maxBytes;

    public ImportController(NotesImport importer) {
        this(importer, Uploads.MAX_BYTES);
    }

    ImportController(NotesImport importer, long maxBytes) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.maxBytes = maxBytes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/import", this::importFile);
    }

    private void importFile(Context ctx) throws IOException {
        String name = fileName(ctx.queryParam("name"));
        boolean replace = "true".equalsIgnoreCase(ctx.queryParam("replace"));
        Path folder = Files.createTempDirectory("interviewer-upload-");
        try (InputStream body = Uploads.body(ctx, "application/octet-stream", maxBytes, "file")) {
            Path file = folder.resolve(name);
            Uploads.save(body, file);
            ctx.status(201).json(importer.importFile(file, replace));
        } finally {
            delete(folder);
        }
    }

    /** The file's own name, without any folders a client may have put in front of it. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..") || base.length() > 200
                || base.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.badRequest("the query parameter 'name' must be the file's name, e.g. ?name=deck.apkg");
        }
        return base;
    }

    // A temporary folder left behind costs disk space, not correctness: it must not turn an import into a 500.
    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete the upload folder {}: {}", folder, e.getMessage());
        }
    }
}
