package dev.interviewer.interview.voice;

/** Reads unsigned integers out of a byte array, in either byte order; out-of-range reads throw. */
final class Bytes {
    private Bytes() {
    }

    static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    static int u16le(byte[] b, int at) {
        return u8(b, at) | u8(b, at + 1) << 8;
    }

    static long u32le(byte[] b, int at) {
        return (u16le(b, at) | (long) u16le(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    static long u64le(byte[] b, int at) {
        return u32le(b, at) | u32le(b, at + 4) << 32;
    }

    static int u16be(byte[] b, int at) {
        return u8(b, at) << 8 | u8(b, at + 1);
    }

    static long u32be(byte[] b, int at) {
        return ((long) u16be(b, at) << 16 | u16be(b, at + 2)) & 0xFFFFFFFFL;
    }

    static long u64be(byte[] b, int at) {
        return u32be(b, at) << 32 | u32be(b, at + 4);
    }

    /** An unsigned big-endian integer of {@code length} bytes (at most 8). */
    static long uintBe(byte[] b, int at, int length) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | u8(b, at + i);
        }
        return value;
    }

    static String ascii(byte[] b, int at, int length) {
        return new String(b, at, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
