package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/**
 * The length of a WebM (Matroska) file. Browsers' MediaRecorder writes it as a live stream: no Duration element,
 * and the Segment and Clusters of "unknown" size. So the reader walks the element tree, enters the elements that
 * hold blocks whatever their size says, and takes the latest block time (cluster timecode plus the block's own
 * offset) when the header gives no duration.
 */
final class MatroskaLength {
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long CLUSTER_TIMECODE = 0xE7L;
    private static final long SIMPLE_BLOCK = 0xA3L;
    private static final long BLOCK_GROUP = 0xA0L;
    private static final long BLOCK = 0xA1L;
    private static final long UNKNOWN = -1;

    private final byte[] b;
    private long scaleNanos = 1_000_000;
    private double headerDuration;
    private long clusterTime;
    private long latestBlock = -1;

    private MatroskaLength(byte[] b) {
        this.b = b;
    }

    static OptionalDouble seconds(byte[] b) {
        MatroskaLength reader = new MatroskaLength(b);
        reader.walk();
        return reader.result();
    }

    private OptionalDouble result() {
        if (headerDuration > 0) {
            return OptionalDouble.of(headerDuration * scaleNanos / 1e9);
        }
        return latestBlock < 0 ? OptionalDouble.empty() : OptionalDouble.of(latestBlock * scaleNanos / 1e9);
    }

    // A truncated or odd file ends the walk where it stops making sense; what was read so far still counts.
    private void walk() {
        int at = 0;
        while (at < b.length) {
            int[] idLength = new int[1];
            long id = vint(at, idLength, false);
            if (id < 0) {
                return;
            }
            int[] sizeLength = new int[1];
            long size = vint(at + idLength[0], sizeLength, true);
            if (size == -2) {
                return;
            }
            int body = at + idLength[0] + sizeLength[0];
            if (id == SEGMENT || id == CLUSTER || id == INFO || id == BLOCK_GROUP) {
                at = body; // containers: read their children in line
                continue;
            }
            if (size == UNKNOWN || body + size > b.length) {
                read(id, body, b.length - body);
                return;
            }
            read(id, body, (int) size);
            at = (int) (body + size);
        }
    }

    private void read(long id, int at, int size) {
        if (size <= 0) {
            return;
        }
        if (id == TIMECODE_SCALE && size <= 8) {
            scaleNanos = Math.max(1, Bytes.uintBe(b, at, size));
        } else if (id == DURATION && (size == 4 || size == 8)) {
            headerDuration = size == 4 ? Float.intBitsToFloat((int) Bytes.u32be(b, at))
                    : Double.longBitsToDouble(Bytes.u64be(b, at));
        } else if (id == CLUSTER_TIMECODE && size <= 8) {
            clusterTime = Bytes.uintBe(b, at, size);
        } else if (id == SIMPLE_BLOCK || id == BLOCK) {
            int[] trackLength = new int[1];
            if (vint(at, trackLength, true) >= 0 && trackLength[0] + 2 <= size) {
                short offset = (short) Bytes.u16be(b, at + trackLength[0]);
                latestBlock = Math.max(latestBlock, clusterTime + offset);
            }
        }
    }

    /**
     * An EBML variable-length integer at {@code at}: an element id keeps its length marker, a size drops it.
     * Returns -1 for an all-ones size ("unknown"), and -2 (or -1 for ids) when the bytes are no valid integer.
     */
    private long vint(int at, int[] length, boolean isSize) {
        if (at >= b.length) {
            return -2;
        }
        int first = Bytes.u8(b, at);
        int n = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || n > (isSize ? 8 : 4) || at + n > b.length) {
            return isSize ? -2 : -1;
        }
        length[0] = n;
        long value = Bytes.uintBe(b, at, n);
        if (!isSize) {
            return value;
        }
        long bits = (1L << (7 * n)) - 1;
        long stripped = value & bits;
        return stripped == bits ? UNKNOWN : stripped;
    }
}
