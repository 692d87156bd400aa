package dev.interviewer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedding cache the tests share across runs, so no test embeds the bundled notes again: copied into a data
 * folder before an app starts there, and an app's cache kept when it has grown. A copy, never the file itself: an
 * app appends to its cache, and two apps must not append to one file. The retrieval dev set's cache (same model,
 * the cards' texts) is used instead when it holds more, as it does in a fresh build or after the notes grew.
 */
public final class WarmCache {
    private static final Path BUILD = Path.of(System.getProperty("interviewer.basedir", ".")).resolve("target");
    private static final Path OWN = BUILD.resolve("test-embeddings");
    private static final Path DEV_SET = BUILD.resolve("devset-embeddings");

    private WarmCache() {
    }

    /** Copies the warm cache, if there is one, to {@code <data>/embeddings}, where the app looks for it. */
    public static synchronized void seed(Path dataDir) {
        Optional<Path> from = Stream.of(OWN, DEV_SET).filter(Files::isDirectory)
                .max(Comparator.comparingLong(WarmCache::size));
        from.ifPresent(dir -> copy(dir, dataDir.resolve("embeddings")));
    }

    /** Keeps the app's cache (it is closed) as the warm one when it holds more than the warm one does. */
    public static synchronized void keep(Path dataDir) {
        Path cache = dataDir.resolve("embeddings");
        if (Files.isDirectory(cache) && size(cache) > size(OWN)) {
            Path staged = BUILD.resolve("test-embeddings.new");
            delete(staged);
            copy(cache, staged);
            delete(OWN);
            try {
                Files.move(staged, OWN, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the embedding cache", e);
            }
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the embedding cache " + from + " to " + to, e);
        }
    }

    private static long size(Path dir) {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp folder left behind is harmless.
        }
    }
}
