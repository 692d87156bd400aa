package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy on disk of the in-memory index as of its last commit, so a restart with unchanged notes loads the index
 * instead of analysing and embedding every card again. The index itself stays in memory: several processes
 * (the server, a CLI search) can use the same data folder without fighting over a Lucene write lock, and a
 * snapshot is replaced as a whole (written aside, then renamed). The commit's user data names the format and the
 * embedding model; a snapshot of another format or model is ignored.
 */
final class IndexSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(IndexSnapshot.class);

    private final Path folder;

    IndexSnapshot(Path folder) {
        this.folder = folder;
    }

    /** Copies the snapshot into {@code into}; false (and {@code into} untouched) when there is no usable one. */
    boolean restore(Directory into, Map<String, String> expected) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (FSDirectory disk = FSDirectory.open(folder)) {
            if (SegmentInfos.getLastCommitGeneration(disk.listAll()) < 0) {
                return false;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(disk);
            if (!commit.getUserData().entrySet().containsAll(expected.entrySet())) {
                return false;
            }
            for (String file : commit.files(true)) {
                into.copyFrom(disk, file, file, IOContext.DEFAULT);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the index snapshot {} ({})", folder, e.getMessage());
            return false;
        }
    }

    /** Replaces the snapshot with the latest commit of {@code from}. */
    void save(Directory from) {
        Path parent = folder.toAbsolutePath().getParent();
        Path fresh = parent.resolve(folder.getFileName() + ".new-" + UUID.randomUUID());
        Path old = parent.resolve(folder.getFileName() + ".old-" + UUID.randomUUID());
        try {
            Files.createDirectories(fresh);
            try (FSDirectory disk = FSDirectory.open(fresh)) {
                for (String file : SegmentInfos.readLatestCommit(from).files(true)) {
                    disk.copyFrom(from, file, file, IOContext.DEFAULT);
                }
                disk.sync(List.of(disk.listAll()));
            }
            if (Files.exists(folder)) {
                Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only the next start-up gets slower: it rebuilds the index from the notes.
            LOG.warn("cannot save the index snapshot {}: {}", folder, e.getMessage());
        } finally {
            deleteQuietly(fresh);
            deleteQuietly(old);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless; the next save tries again with a new name.
        }
    }
}
