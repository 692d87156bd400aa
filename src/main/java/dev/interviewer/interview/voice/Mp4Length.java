package dev.interviewer.interview.voice;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * The length of an MP4/M4A file: the movie header's duration over its time scale. Fragmented files (Safari's
 * MediaRecorder) leave that duration 0 and describe their samples in movie fragments instead: the reader then adds
 * up the sample durations of every track run, in the time scale of the first track's media header.
 */
final class Mp4Length {
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "moof", "traf", "mvex");

    private final byte[] b;
    private long movieScale;
    private long movieDuration;
    private long mediaScale;
    private long defaultSampleDuration;
    private long fragmentTicks;

    private Mp4Length(byte[] b) {
        this.b = b;
    }

    static OptionalDouble seconds(byte[] b) {
        Mp4Length reader = new Mp4Length(b);
        reader.boxes(0, b.length);
        return reader.result();
    }

    private OptionalDouble result() {
        if (movieScale > 0 && movieDuration > 0) {
            return OptionalDouble.of(movieDuration / (double) movieScale);
        }
        long scale = mediaScale > 0 ? mediaScale : movieScale;
        return scale > 0 && fragmentTicks > 0 ? OptionalDouble.of(fragmentTicks / (double) scale)
                : OptionalDouble.empty();
    }

    private void boxes(int from, int to) {
        int at = from;
        while (at + 8 <= to) {
            long size = Bytes.u32be(b, at);
            String type = Bytes.ascii(b, at + 4, 4);
            int header = 8;
            if (size == 1 && at + 16 <= to) {
                size = Bytes.u64be(b, at + 8);
                header = 16;
            } else if (size == 0) {
                size = to - at; // to the end of the file
            }
            if (size < header || at + size > to) {
                size = to - at; // a truncated last box: read what is there
            }
            int end = (int) (at + size);
            if (CONTAINERS.contains(type)) {
                boxes(at + header, end);
            } else {
                box(type, at + header, end);
            }
            at = end;
        }
    }

    private void box(String type, int at, int end) {
        int version = at < end ? Bytes.u8(b, at) : -1;
        switch (type) {
            case "mvhd" -> {
                if (version == 1 && at + 32 <= end) {
                    movieScale = Bytes.u32be(b, at + 20);
                    movieDuration = Bytes.u64be(b, at + 24);
                } else if (version == 0 && at + 20 <= end) {
                    movieScale = Bytes.u32be(b, at + 12);
                    movieDuration = Bytes.u32be(b, at + 16);
                }
            }
            case "mdhd" -> {
                int scaleAt = at + (version == 1 ? 20 : 12);
                if (mediaScale == 0 && scaleAt + 4 <= end) {
                    mediaScale = Bytes.u32be(b, scaleAt);
                }
            }
            case "trex" -> {
                if (at + 20 <= end) {
                    defaultSampleDuration = Bytes.u32be(b, at + 12);
                }
            }
            case "tfhd" -> trackFragmentHeader(at, end);
            case "trun" -> trackRun(at, end);
            default -> {
                // Other boxes carry nothing about length.
            }
        }
    }

    private void trackFragmentHeader(int at, int end) {
        int flags = (int) Bytes.u32be(b, at) & 0xFFFFFF;
        int field = at + 8; // after version, flags and the track id
        field += (flags & 0x01) != 0 ? 8 : 0; // base data offset
        field += (flags & 0x02) != 0 ? 4 : 0; // sample description index
        if ((flags & 0x08) != 0 && field + 4 <= end) {
            defaultSampleDuration = Bytes.u32be(b, field);
        }
    }

    private void trackRun(int at, int end) {
        if (at + 8 > end) {
            return;
        }
        int flags = (int) Bytes.u32be(b, at) & 0xFFFFFF;
        long count = Bytes.u32be(b, at + 4);
        int field = at + 8 + ((flags & 0x01) != 0 ? 4 : 0) + ((flags & 0x04) != 0 ? 4 : 0);
        if ((flags & 0x100) == 0) {
            fragmentTicks += count * defaultSampleDuration;
            return;
        }
        int stride = 4 * Integer.bitCount(flags & 0xF00);
        for (long i = 0; i < count && field + 4 <= end; i++, field += stride) {
            fragmentTicks += Bytes.u32be(b, field);
        }
    }
}
