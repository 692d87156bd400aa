package dev.interviewer.interview.voice;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A recorded answer, checked: audio by its bytes, at most {@link #MAX_BYTES} and {@link #MAX_SECONDS} long. Held
 * in memory only; nothing here writes it anywhere.
 *
 * @param seconds its length, read from the container
 */
public record AudioClip(byte[] bytes, AudioFormat format, double seconds) {
    /** 25 MB: OpenAI's own limit for a transcription upload. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    /** Five minutes: longer than any interview answer should run, and what a local model transcribes in time. */
    public static final int MAX_SECONDS = 300;

    public AudioClip {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must be >= 0: " + seconds);
        }
    }

    /** Checks an upload: audio the app reads, within the size and length limits. */
    public static AudioClip of(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        AudioFormat format = AudioFormat.sniff(bytes).orElseThrow(() -> new VoiceException(
                VoiceException.Reason.NOT_AUDIO, "the upload is not audio the app reads (WebM, Ogg, WAV, MP3, M4A,"
                + " FLAC)"));
        OptionalDouble length = AudioLength.of(format, bytes);
        if (length.isEmpty()) {
            throw new VoiceException(VoiceException.Reason.NOT_AUDIO,
                    "the " + format.extension() + " upload has no readable audio in it");
        }
        if (length.getAsDouble() > MAX_SECONDS) {
            throw new VoiceException(VoiceException.Reason.TOO_LONG, String.format(Locale.ROOT,
                    "the recording is %.0f s long; the limit is %d s (5 minutes)", length.getAsDouble(), MAX_SECONDS));
        }
        return new AudioClip(bytes, format, length.getAsDouble());
    }

    public static VoiceException tooLarge(long bytes) {
        return new VoiceException(VoiceException.Reason.TOO_LARGE, String.format(Locale.ROOT,
                "the recording is %.1f MB; the limit is 25 MB", bytes / (1024.0 * 1024)));
    }

    /** The length rounded to a tenth of a second, as the API reports it. */
    public double roundedSeconds() {
        return Math.round(seconds * 10) / 10.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AudioClip c && c.format == format && c.seconds == seconds
                && java.util.Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AudioClip[" + format + ", " + bytes.length + " bytes, " + roundedSeconds() + " s]";
    }
}
