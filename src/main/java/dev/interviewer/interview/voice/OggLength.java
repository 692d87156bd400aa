package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/**
 * The length of an Ogg Opus or Ogg Vorbis file: the last page's granule position (samples) over the sample rate
 * from the first packet (Opus always counts at 48 kHz, less its pre-skip).
 */
final class OggLength {
    private static final int HEADER = 27;

    private OggLength() {
    }

    static OptionalDouble seconds(byte[] b) {
        long rate = 0;
        long preSkip = 0;
        long granule = -1;
        int at = 0;
        while (at + HEADER <= b.length && Bytes.ascii(b, at, 4).equals("OggS")) {
            int segments = Bytes.u8(b, at + 26);
            int body = at + HEADER + segments;
            if (body > b.length) {
                break;
            }
            int size = 0;
            for (int i = 0; i < segments; i++) {
                size += Bytes.u8(b, at + HEADER + i);
            }
            if (rate == 0) {
                rate = sampleRate(b, body, size);
                preSkip = rate == 48_000 && body + 12 <= b.length ? Bytes.u16le(b, body + 10) : 0;
            }
            long position = Bytes.u64le(b, at + 6);
            if (position >= 0) { // -1: no packet ends on this page
                granule = Math.max(granule, position);
            }
            at = body + size;
        }
        if (rate <= 0 || granule < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, granule - preSkip) / (double) rate);
    }

    private static long sampleRate(byte[] b, int packet, int size) {
        if (size >= 19 && packet + 19 <= b.length && Bytes.ascii(b, packet, 8).equals("OpusHead")) {
            return 48_000;
        }
        if (size >= 16 && packet + 16 <= b.length && Bytes.ascii(b, packet + 1, 6).equals("vorbis")) {
            return Bytes.u32le(b, packet + 12);
        }
        return -1;
    }
}
