package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/**
 * The length of an MP3 (MPEG audio layer I-III) file, frame by frame: each frame header gives its size and its
 * sample count, so variable bit rates need no Xing table. An ID3v2 tag in front is skipped.
 */
final class MpegLength {
    // Kilobits per second by bitrate index, for MPEG-1 layers I, II, III and MPEG-2/2.5 layers I, II/III.
    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
    };
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

    private MpegLength() {
    }

    /** A plausible frame header at {@code at}: sync bits, a layer, a bitrate and a sample rate that exist. */
    static boolean isFrameHeader(byte[] b, int at) {
        return at + 4 <= b.length && Frame.at(b, at) != null;
    }

    static OptionalDouble seconds(byte[] b) {
        int at = 0;
        if (b.length >= 10 && Bytes.ascii(b, 0, 3).equals("ID3")) {
            int size = (b[6] & 0x7F) << 21 | (b[7] & 0x7F) << 14 | (b[8] & 0x7F) << 7 | (b[9] & 0x7F);
            at = 10 + size + ((b[5] & 0x10) != 0 ? 10 : 0);
        }
        double seconds = 0;
        int frames = 0;
        while (at + 4 <= b.length) {
            Frame frame = Frame.at(b, at);
            if (frame == null) {
                at++; // lost sync (junk, a trailing tag): look for the next frame
                continue;
            }
            seconds += frame.samples() / (double) frame.sampleRate();
            frames++;
            at += frame.length();
        }
        return frames == 0 ? OptionalDouble.empty() : OptionalDouble.of(seconds);
    }

    /** One frame header's figures. */
    private record Frame(int length, int samples, int sampleRate) {
        static Frame at(byte[] b, int at) {
            int header = (int) Bytes.u32be(b, at);
            if ((header >>> 21) != 0x7FF) {
                return null;
            }
            int version = header >>> 19 & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
            int layer = 4 - (header >>> 17 & 3); // 1, 2 or 3
            int bitrateIndex = header >>> 12 & 0xF;
            int rateIndex = header >>> 10 & 3;
            if (version == 1 || layer == 4 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
                return null;
            }
            boolean mpeg1 = version == 3;
            int table = mpeg1 ? layer - 1 : (layer == 1 ? 3 : 4);
            int bitrate = BITRATES[table][bitrateIndex] * 1000;
            int sampleRate = MPEG1_RATES[rateIndex] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
            int padding = header >>> 9 & 1;
            int samples = layer == 1 ? 384 : layer == 2 || mpeg1 ? 1152 : 576;
            int length = layer == 1 ? (12 * bitrate / sampleRate + padding) * 4
                    : samples / 8 * bitrate / sampleRate + padding;
            return length < 4 ? null : new Frame(length, samples, sampleRate);
        }
    }
}
