package dev.interviewer.portable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hidden folder beside the output folder where an import is written, then moved into place, so that a failed
 * import leaves nothing half-written in the output. Into an output folder that already has files, the new files
 * are moved one by one, after checking that none would replace an existing one (unless asked to).
 */
final class StagedFolder implements AutoCloseable {
    private final Path staging;

    private StagedFolder(Path staging) {
        this.staging = staging;
    }

    static StagedFolder beside(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ImportException("--out " + out + " is a file, not a folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        return new StagedFolder(Files.createTempDirectory(parent, "." + target.getFileName() + ".import-"));
    }

    Path path() {
        return staging;
    }

    /** Moves the staged files into {@code out}; existing files are replaced only when {@code overwrite}. */
    void commitTo(Path out, boolean overwrite) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!Files.exists(target) || isEmptyFolder(target)) {
            Files.deleteIfExists(target);
            moveFolder(target);
            return;
        }
        List<Path> files = stagedFiles();
        List<Path> conflicts = new ArrayList<>();
        for (Path file : files) {
            Path existing = target.resolve(file.toString());
            if (Files.exists(existing) && !sameBytes(staging.resolve(file), existing)) {
                conflicts.add(file);
            }
        }
        if (!conflicts.isEmpty() && !overwrite) {
            throw new OutputConflictException(out.resolve(conflicts.get(0).toString()) + " already exists"
                    + (conflicts.size() > 1 ? " (and " + (conflicts.size() - 1) + " more files)" : "")
                    + "; use --overwrite to replace, or choose another --out folder");
        }
        new Merge(staging, target).run(files);
    }

    private void moveFolder(Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(staging, target);
        }
    }

    private List<Path> stagedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).map(staging::relativize).sorted().toList();
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    /** Deletes whatever is left of the staging folder. */
    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Moves files into a folder that has some already, undoing every move if one fails. */
    private record Merge(Path staging, Path target) {
        void run(List<Path> files) throws IOException {
            Path replaced = staging.resolve(".replaced");
            List<Path> moved = new ArrayList<>();
            List<Path> backedUp = new ArrayList<>();
            try {
                for (Path file : files) {
                    Path from = staging.resolve(file.toString());
                    Path to = target.resolve(file.toString());
                    if (Files.exists(to) && sameBytes(from, to)) {
                        continue;
                    }
                    if (Files.exists(to)) {
                        Path backup = replaced.resolve(file.toString());
                        Files.createDirectories(backup.getParent());
                        Files.move(to, backup);
                        backedUp.add(file);
                    }
                    Files.createDirectories(to.getParent());
                    Files.move(from, to);
                    moved.add(file);
                }
            } catch (IOException e) {
                undo(moved, backedUp, replaced);
                throw e;
            }
        }

        private void undo(List<Path> moved, List<Path> backedUp, Path replaced) throws IOException {
            for (Path file : moved) {
                Files.deleteIfExists(target.resolve(file.toString()));
            }
            for (Path file : backedUp) {
                Files.move(replaced.resolve(file.toString()), target.resolve(file.toString()));
            }
        }
    }
}
