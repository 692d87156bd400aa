package dev.interviewer.store;

import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.AudioFormat;
import dev.interviewer.interview.voice.Recordings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Kept recordings as files next to the interviews, {@code <data>/recordings/<interview id>/turn-<n>-<millis>.<ext>}:
 * plain audio files a candidate can also open outside the app. Names are checked against one pattern, so no
 * request can reach a file outside its interview's folder.
 */
public final class FileRecordings implements Recordings {
    private static final Pattern INTERVIEW_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern NAME = Pattern.compile("turn-(\\d{1,4})-(\\d{1,19})\\.([a-z0-9]{2,4})");

    private final Path folder;
    private final Clock clock;

    /** @param folder where the interviews' folders go ({@code <data>/recordings}) */
    public FileRecordings(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public synchronized String keep(String interviewId, int turn, AudioClip clip) {
        Path dir = folderOf(interviewId);
        long millis = clock.millis();
        try {
            Files.createDirectories(dir);
            Path file;
            // Two recordings of one turn within a millisecond (a double click) still get two names.
            while (Files.exists(file = dir.resolve(name(turn, millis, clip.format())))) {
                millis++;
            }
            Files.write(file, clip.bytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file.getFileName().toString();
        } catch (IOException e) {
            throw new StoreException("cannot keep the recording in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Recording> list(String interviewId) {
        Path dir = folderOf(interviewId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Recording> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                recording(file).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        found.sort(Comparator.comparing(Recording::name, Comparator.comparingLong(FileRecordings::millis)));
        return found;
    }

    @Override
    public Optional<byte[]> read(String interviewId, String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = folderOf(interviewId).resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public synchronized void deleteAll(String interviewId) {
        Path dir = folderOf(interviewId);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new StoreException("cannot delete the recordings in " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path folderOf(String interviewId) {
        if (interviewId == null || !INTERVIEW_ID.matcher(interviewId).matches()) {
            throw new IllegalArgumentException("not an interview id: " + interviewId);
        }
        return folder.resolve(interviewId);
    }

    private static String name(int turn, long millis, AudioFormat format) {
        return "turn-" + turn + "-" + millis + "." + format.extension();
    }

    private static Optional<Recording> recording(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<AudioFormat> format = Stream.of(AudioFormat.values())
                .filter(f -> f.extension().equals(m.group(3))).findFirst();
        try {
            return format.isEmpty() ? Optional.empty()
                    : Optional.of(new Recording(name, Integer.parseInt(m.group(1)), format.get(), Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long millis(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() ? Long.parseLong(m.group(2)) : 0;
    }
}
