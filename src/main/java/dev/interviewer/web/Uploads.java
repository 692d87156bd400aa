package dev.interviewer.web;

import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Request bodies that may be large (an Anki deck, a history backup): read as a stream, never whole into memory,
 * and refused with 413 past a limit, by the declared length before anything is read, or while reading when the
 * length is not declared. The other endpoints keep the server's 1 MB cap.
 */
final class Uploads {
    /** The largest deck or backup the server takes. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    private Uploads() {
    }

    /**
     * The request body, checked for its type and its declared length. Requiring a type that a cross-site form
     * cannot send (JSON, octet-stream) makes a browser ask first (CORS preflight), which this server never allows:
     * another site open in the same browser cannot post a deck or a backup to it.
     */
    static InputStream body(Context ctx, String contentType, long maxBytes, String what) {
        String sent = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!sent.startsWith(contentType)) {
            throw new ApiException(415, "send the " + what + " as the request body with Content-Type: "
                    + contentType + (sent.isEmpty() ? "" : " (got " + sent + ")"));
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(what, maxBytes);
        }
        try {
            return new Limited(ctx.req().getInputStream(), maxBytes, what);
        } catch (IOException e) {
            throw new ApiException(400, "cannot read the request body: " + e.getMessage());
        }
    }

    /** Copies the body to {@code file}; 413 (and no file) when it is over the limit. */
    static void save(InputStream body, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            body.transferTo(out);
        } catch (TooLarge e) {
            Files.deleteIfExists(file);
            throw e.asApiException();
        }
    }

    static ApiException tooLarge(String what, long maxBytes) {
        String limit = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
        return new ApiException(413, "the " + what + " is larger than " + limit + ", the most the server takes");
    }

    /** Thrown by a body stream past its limit: an IOException, so that readers stop and let it through. */
    static final class TooLarge extends IOException {
        private final transient ApiException status;

        TooLarge(ApiException status) {
            super(status.getMessage());
            this.status = status;
        }

        ApiException asApiException() {
            return status;
        }
    }

    /** Counts what is read and fails once more than the limit has come. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String what;
        private long read;

        Limited(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(tooLarge(what, max));
            }
        }
    }
}
