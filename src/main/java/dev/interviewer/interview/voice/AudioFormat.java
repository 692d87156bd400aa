package dev.interviewer.interview.voice;

import java.util.Optional;

/**
 * The audio containers the app takes, told apart by their first bytes: what browsers record (WebM and Ogg Opus,
 * MP4/AAC on Safari) and what people upload (WAV, MP3, M4A, FLAC). The client's declared content type is not
 * trusted: a file is audio when its bytes say so.
 */
public enum AudioFormat {
    WAV("audio/wav", "wav"),
    WEBM("audio/webm", "webm"),
    OGG("audio/ogg", "ogg"),
    MP3("audio/mpeg", "mp3"),
    MP4("audio/mp4", "m4a"),
    FLAC("audio/flac", "flac");

    private final String mimeType;
    private final String extension;

    AudioFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The MIME type transcription endpoints know this container by (no codec parameters). */
    public String mimeType() {
        return mimeType;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The container whose signature the bytes start with, or empty when they are not audio the app reads. */
    public static Optional<AudioFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x1A && (bytes[1] & 0xFF) == 0x45
                && (bytes[2] & 0xFF) == 0xDF && (bytes[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        if (startsWith(bytes, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (startsWith(bytes, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (startsWith(bytes, 4, "ftyp")) {
            return Optional.of(MP4);
        }
        if (startsWith(bytes, 0, "ID3") || MpegLength.isFrameHeader(bytes, 0)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (bytes.length < at + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
