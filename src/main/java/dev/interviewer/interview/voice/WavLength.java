package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/** The length of a RIFF/WAVE file: the data chunk's size over the byte rate in its fmt chunk. */
final class WavLength {
    private WavLength() {
    }

    static OptionalDouble seconds(byte[] b) {
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= b.length) {
            String id = Bytes.ascii(b, at, 4);
            long size = Bytes.u32le(b, at + 4);
            if (id.equals("fmt ") && at + 16 <= b.length) {
                byteRate = Bytes.u32le(b, at + 16);
            } else if (id.equals("data")) {
                // Streaming writers leave the size 0 or 0xFFFFFFFF: the data then runs to the end of the file.
                long available = b.length - (at + 8L);
                long data = size == 0 || size > available ? available : size;
                return byteRate > 0 ? OptionalDouble.of((double) data / byteRate) : OptionalDouble.empty();
            }
            if (size > b.length) {
                break;
            }
            at += (int) (8 + size + (size & 1));
        }
        return OptionalDouble.empty();
    }
}
