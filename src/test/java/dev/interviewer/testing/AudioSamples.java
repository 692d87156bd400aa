package dev.interviewer.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Small audio files made in the test, so no binary fixture is committed: a PCM WAV of tone and silence (the fake
 * microphone plays it), and minimal but well-formed WebM, Ogg Opus, MP3, MP4 and FLAC files of a known length.
 */
public final class AudioSamples {
    private AudioSamples() {
    }

    /**
     * 16-bit mono PCM: alternating spans of a 440 Hz tone ("speech") and silence, in seconds, starting with tone.
     * E.g. {@code wav(16_000, 1.0, 2.0, 1.0)}: a second of tone, two of silence, a second of tone.
     */
    public static byte[] wav(int sampleRate, double... spans) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        boolean tone = true;
        for (double span : spans) {
            int samples = (int) Math.round(span * sampleRate);
            for (int i = 0; i < samples; i++) {
                short value = tone ? (short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 12_000) : 0;
                pcm.write(value & 0xFF);
                pcm.write(value >> 8 & 0xFF);
            }
            tone = !tone;
        }
        byte[] data = pcm.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + data.length).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(data.length).put(data);
        return b.array();
    }

    /**
     * A WebM as MediaRecorder writes it: EBML header, a Segment and Clusters of unknown size, no Duration; one
     * cluster a second with a block every 20 ms.
     */
    public static byte[] webm(double seconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, element(0x1A45DFA3, element(0x4282, "webm".getBytes(StandardCharsets.US_ASCII))));
        write(out, id(0x18538067));
        write(out, new byte[] {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0xFF});
        write(out, element(0x1549A966, element(0x2AD7B1, new byte[] {0x0F, 0x42, 0x40})));
        long millis = Math.round(seconds * 1000);
        for (long cluster = 0; cluster * 1000 < millis; cluster++) {
            write(out, id(0x1F43B675));
            write(out, new byte[] {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF});
            write(out, element(0xE7, uint(cluster * 1000, 4)));
            for (long offset = 0; offset < 1000 && cluster * 1000 + offset <= millis; offset += 20) {
                byte[] block = {(byte) 0x81, (byte) (offset >> 8), (byte) offset, (byte) 0x80, 1, 2, 3};
                write(out, element(0xA3, block));
            }
        }
        return out.toByteArray();
    }

    /** An Ogg Opus file: the OpusHead page (pre-skip 312) and one page whose granule position ends it. */
    public static byte[] oggOpus(double seconds) {
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put(ascii("OpusHead")).put((byte) 1).put((byte) 1).putShort((short) 312).putInt(48_000)
                .putShort((short) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, oggPage(0, head.array()));
        write(out, oggPage(312 + Math.round(seconds * 48_000), new byte[] {1, 2, 3, 4}));
        return out.toByteArray();
    }

    /** MPEG-1 layer III, 128 kb/s, 44.1 kHz, behind an ID3v2 tag: 1152 samples a frame. */
    public static byte[] mp3(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0});
        for (int i = 0; i < frames; i++) {
            byte[] frame = new byte[417]; // 144 * 128000 / 44100, no padding
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            write(out, frame);
        }
        return out.toByteArray();
    }

    /** An MP4 with a movie header: time scale 1000, the duration in milliseconds. */
    public static byte[] mp4(double seconds) {
        ByteBuffer mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt((int) Math.round(seconds * 1000));
        return concat(box("ftyp", ascii("M4A \0\0\0\0")), box("moov", box("mvhd", mvhd.array())));
    }

    /** A fragmented MP4 as Safari records it: no duration in the header, samples of 1024 ticks at 48 kHz. */
    public static byte[] fragmentedMp4(int samples) {
        ByteBuffer mdhd = ByteBuffer.allocate(24);
        mdhd.putInt(0).putInt(0).putInt(0).putInt(48_000).putInt(0).putInt(0);
        ByteBuffer mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0).putInt(0).putInt(0).putInt(1000).putInt(0);
        ByteBuffer tfhd = ByteBuffer.allocate(12).putInt(0x08).putInt(1).putInt(1024);
        ByteBuffer trun = ByteBuffer.allocate(8).putInt(0).putInt(samples);
        byte[] moov = box("moov", concat(box("mvhd", mvhd.array()), box("trak", box("mdia", box("mdhd",
                mdhd.array())))));
        byte[] moof = box("moof", box("traf", concat(box("tfhd", tfhd.array()), box("trun", trun.array()))));
        return concat(box("ftyp", ascii("iso5\0\0\0\0")), moov, moof, box("mdat", new byte[16]));
    }

    /** A FLAC stream header: STREAMINFO with the sample rate and the total samples. */
    public static byte[] flac(int sampleRate, long samples) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + 34);
        b.put(ascii("fLaC")).put((byte) 0x80).put((byte) 0).put((byte) 0).put((byte) 34);
        b.putShort((short) 4096).putShort((short) 4096).put(new byte[6]);
        b.putLong((long) sampleRate << 44 | 1L << 41 | 15L << 36 | samples);
        b.put(new byte[16]);
        return b.array();
    }

    private static byte[] oggPage(long granule, byte[] packet) {
        ByteBuffer b = ByteBuffer.allocate(27 + 1 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("OggS")).put((byte) 0).put((byte) 0).putLong(granule).putInt(1).putInt(0).putInt(0)
                .put((byte) 1).put((byte) packet.length).put(packet);
        return b.array();
    }

    private static byte[] box(String type, byte[] body) {
        return concat(ByteBuffer.allocate(4).putInt(8 + body.length).array(), ascii(type), body);
    }

    private static byte[] element(long id, byte[] body) {
        byte[] size = {(byte) 0x08, 0, 0, 0, 0, 0, 0, 0};
        ByteBuffer.wrap(size).putLong(body.length);
        size[0] = 0x01; // an 8-byte size: marker bit, then the length
        return concat(id(id), size, body);
    }

    private static byte[] id(long id) {
        int length = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        return uint(id, length);
    }

    private static byte[] uint(long value, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[length - 1 - i] = (byte) (value >> (8 * i));
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            write(out, part);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
