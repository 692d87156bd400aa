package dev.interviewer.enrich;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suggestions waiting for review, one JSON file per card in the data folder ({@code <data>/suggestions/}).
 * A card's file is written whole and moved into place, so a reader never sees half of it, and {@code enrich} can
 * stop at any point and resume: the cards that have a file are done. Thread-safe within a process.
 */
public final class ReviewQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueue.class);
    private static final int MAX_NAME_CHARS = 60;

    private final Path folder;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    public ReviewQueue(Path folder) {
        this.folder = folder;
    }

    public synchronized Optional<CardSuggestions> find(String cardId) {
        Path file = fileOf(cardId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(file));
    }

    public synchronized boolean contains(String cardId) {
        return Files.isRegularFile(fileOf(cardId));
    }

    public synchronized void save(CardSuggestions suggestions) {
        try {
            Files.createDirectories(folder);
            Path file = fileOf(suggestions.cardId());
            Path temp = Files.createTempFile(folder, ".write-", ".json");
            Files.writeString(temp, json.writeValueAsString(suggestions), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the suggestions of " + suggestions.cardId() + " in " + folder,
                    e);
        }
    }

    /** Every card in the queue, by card id. */
    public synchronized List<CardSuggestions> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<CardSuggestions> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString()
                    .startsWith(".")).sorted().forEach(f -> {
                        CardSuggestions s = read(f);
                        if (s != null) {
                            out.add(s);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the suggestions in " + folder, e);
        }
        out.sort(Comparator.comparing(CardSuggestions::cardId));
        return out;
    }

    // A file someone broke by hand is skipped with a warning rather than failing the whole queue.
    private CardSuggestions read(Path file) {
        try {
            return json.readValue(Files.readString(file, StandardCharsets.UTF_8), CardSuggestions.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping unreadable suggestions file {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** A readable, collision-free file name: the id's letters and digits, then a hash of the whole id. */
    private Path fileOf(String cardId) {
        String readable = cardId.replaceAll("[^\\p{L}\\p{N}]+", "-");
        if (readable.length() > MAX_NAME_CHARS) {
            readable = readable.substring(0, MAX_NAME_CHARS);
        }
        return folder.resolve(readable + "-" + hash(cardId) + ".json");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
