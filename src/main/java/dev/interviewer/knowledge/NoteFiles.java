package dev.interviewer.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Finds the Markdown files of a notes folder and reads each one as UTF-8 text, refusing binary or huge ones. */
final class NoteFiles {
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private NoteFiles() {
    }

    /** The text of a file, or the problem that kept it from being read. */
    record Read(String text, NoteProblem problem) {
    }

    /**
     * Every *.md / *.markdown file under the folder except its own README.md, hidden folders and annotation sidecars
     * ({@code *.annotations.md}, merged into their note by {@link NotesLoader}), sorted.
     */
    static List<Path> list(Path folder, List<NoteProblem> problems) throws IOException {
        return find(folder, problems, file -> isNote(file) && !Sidecars.isSidecar(file.getFileName().toString()));
    }

    /** Every annotation sidecar under the folder, sorted. */
    static List<Path> sidecars(Path folder) throws IOException {
        return find(folder, new ArrayList<>(), file -> Sidecars.isSidecar(file.getFileName().toString()));
    }

    private static List<Path> find(Path folder, List<NoteProblem> problems, Predicate<Path> wanted)
            throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (wanted.test(file) && !isHidden(file) && !isFolderReadme(folder, file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new NoteProblem(relative(folder, file), 0, "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(f -> relative(folder, f)));
        return files;
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    static Read read(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return failed(name, 0, "file is larger than 2 MB (" + size + " bytes), skipped");
            }
            return decode(Files.readAllBytes(file), name);
        } catch (IOException e) {
            return failed(name, 0, "cannot read: " + e);
        }
    }

    private static Read decode(byte[] bytes, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(name, lineAt(bytes, i), "binary file (NUL byte), skipped");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return failed(name, lineAt(bytes, in.position()),
                    "not UTF-8 text (bad byte at offset " + in.position() + "), skipped; save the file as UTF-8");
        }
        decoder.flush(out);
        return new Read(out.flip().toString(), null);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Read failed(String name, int line, String message) {
        return new Read(null, new NoteProblem(name, line, message));
    }

    private static boolean isNote(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** The folder's own README.md documents the format; it holds no cards. */
    private static boolean isFolderReadme(Path folder, Path file) {
        return folder.equals(file.getParent()) && file.getFileName().toString().equalsIgnoreCase("README.md");
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
