package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/** The length of a FLAC file: total samples over the sample rate, both in the STREAMINFO block. */
final class FlacLength {
    private FlacLength() {
    }

    static OptionalDouble seconds(byte[] b) {
        // "fLaC", a 4-byte block header, then STREAMINFO: rate is 20 bits from byte 10, total samples 36 bits.
        int info = 8;
        if (b.length < info + 18 || (Bytes.u8(b, 4) & 0x7F) != 0) {
            return OptionalDouble.empty();
        }
        long packed = Bytes.u64be(b, info + 10);
        long rate = packed >>> 44;
        long samples = packed & 0xFFFFFFFFFL;
        return rate > 0 && samples > 0 ? OptionalDouble.of(samples / (double) rate) : OptionalDouble.empty();
    }
}
