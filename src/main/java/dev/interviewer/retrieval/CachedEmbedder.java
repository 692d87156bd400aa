package dev.interviewer.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextEmbedder} that remembers every vector it has computed in one append-only file per model under the
 * cache folder, so a restart with unchanged notes embeds nothing. Keys are the SHA-256 of the text; the model id
 * is in the file name and header, so vectors of another model are never reused. Only the keys and their places in
 * the file are kept in memory: the index and the grader hold the vectors they use, and a third copy of every
 * vector cost about a third of the heap with large notes. Thread-safe: lookups read the file at a position, only
 * appends are serialised.
 */
public final class CachedEmbedder implements TextEmbedder, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CachedEmbedder.class);
    private static final int MAGIC = 0x49564543; // "IVEC"
    private static final int VERSION = 1;
    private static final int DIGEST_BYTES = 32;

    private final TextEmbedder delegate;
    private final Path file;
    private final int recordBytes;
    // Where each vector starts in the file.
    private final Map<Digest, Long> offsets = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();
    private FileChannel channel;

    /** Opens (or creates) the cache of {@code delegate}'s model under {@code folder} and loads it into memory. */
    public CachedEmbedder(TextEmbedder delegate, Path folder) {
        this.delegate = delegate;
        this.recordBytes = DIGEST_BYTES + Float.BYTES * delegate.dimensions();
        this.file = folder.resolve(delegate.modelId().replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
        try {
            Files.createDirectories(folder);
            this.channel = openAndLoad();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the embedding cache " + file, e);
        }
    }

    @Override
    public float[] embed(String text) {
        Digest key = Digest.of(delegate.modelId(), text);
        Long offset = offsets.get(key);
        if (offset != null) {
            float[] cached = read(offset);
            if (cached != null) {
                return cached;
            }
        }
        // Computed outside any lock: two threads may embed the same new text once each, which is harmless.
        float[] vector = delegate.embed(text);
        computed.incrementAndGet();
        append(key, vector);
        return vector;
    }

    @Override
    public String modelId() {
        return delegate.modelId();
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    /** Whether a vector for this text is already known (nothing would be computed). */
    public boolean contains(String text) {
        return offsets.containsKey(Digest.of(delegate.modelId(), text));
    }

    /** How many vectors this instance had to compute (cache misses) since it was opened. */
    public long computedCount() {
        return computed.get();
    }

    /** How many vectors the cache holds. */
    public int size() {
        return offsets.size();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null && channel.isOpen()) {
                channel.force(false);
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the embedding cache " + file, e);
        }
    }

    /** The vector stored at {@code offset}, or null when the file cannot be read (closed while shutting down). */
    private float[] read(long offset) {
        ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * delegate.dimensions());
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
        float[] vector = new float[delegate.dimensions()];
        bytes.flip().asFloatBuffer().get(vector);
        return vector;
    }

    private synchronized void append(Digest key, float[] vector) {
        if (!channel.isOpen() || offsets.containsKey(key)) {
            return; // shutting down while a background build still embeds: the vector is recomputed next start
        }
        ByteBuffer record = ByteBuffer.allocate(recordBytes);
        key.writeTo(record);
        for (float v : vector) {
            record.putFloat(v);
        }
        record.flip();
        try {
            long start = channel.size();
            while (record.hasRemaining()) {
                channel.write(record, start + record.position());
            }
            offsets.put(key, start + DIGEST_BYTES);
        } catch (IOException e) {
            // Losing a vector on disk only costs computing it again.
            LOG.warn("cannot write the embedding cache {}: {}", file, e.getMessage());
        }
    }

    private FileChannel openAndLoad() throws IOException {
        ByteBuffer header = header();
        if (Files.exists(file) && Files.size(file) >= header.capacity()) {
            FileChannel existing = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            ByteBuffer stored = ByteBuffer.allocate(header.capacity());
            existing.read(stored, 0);
            if (stored.flip().equals(header)) {
                // A crash mid-append leaves a partial record: cut it so the next record starts aligned.
                existing.truncate(load(existing, header.capacity()));
                return existing;
            }
            existing.close();
        }
        FileChannel fresh = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        fresh.write(header, 0);
        return fresh;
    }

    /** Reads the keys of the complete records from {@code start} on, in large chunks; returns where they end. */
    private long load(FileChannel channel, long start) throws IOException {
        int perChunk = Math.max(1, (1 << 20) / recordBytes);
        ByteBuffer chunk = ByteBuffer.allocate(perChunk * recordBytes);
        long position = start;
        while (true) {
            chunk.clear();
            int read;
            do {
                read = channel.read(chunk, position + chunk.position());
            } while (read > 0 && chunk.hasRemaining());
            chunk.flip();
            int records = chunk.remaining() / recordBytes;
            for (int i = 0; i < records; i++) {
                chunk.position(i * recordBytes);
                offsets.put(Digest.readFrom(chunk), position + (long) i * recordBytes + DIGEST_BYTES);
            }
            position += (long) records * recordBytes;
            if (records < perChunk || read < 0) {
                return position;
            }
        }
    }

    private ByteBuffer header() {
        byte[] model = delegate.modelId().getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(16 + model.length);
        header.putInt(MAGIC).putInt(VERSION).putInt(delegate.dimensions()).putInt(model.length).put(model);
        return header.flip();
    }

    /** The SHA-256 of model id and text, held as four longs for cheap hashing and comparison. */
    private record Digest(long a, long b, long c, long d) {
        static Digest of(String model, String text) {
            MessageDigest sha = sha256();
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return readFrom(ByteBuffer.wrap(sha.digest()));
        }

        static Digest readFrom(ByteBuffer buffer) {
            return new Digest(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
        }

        void writeTo(ByteBuffer buffer) {
            buffer.putLong(a).putLong(b).putLong(c).putLong(d);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
