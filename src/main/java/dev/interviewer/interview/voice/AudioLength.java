package dev.interviewer.interview.voice;

import java.util.OptionalDouble;

/** How long a recording runs, read from its container; empty when the bytes hold no readable audio. */
final class AudioLength {
    private AudioLength() {
    }

    static OptionalDouble of(AudioFormat format, byte[] bytes) {
        try {
            return switch (format) {
                case WAV -> WavLength.seconds(bytes);
                case WEBM -> MatroskaLength.seconds(bytes);
                case OGG -> OggLength.seconds(bytes);
                case MP3 -> MpegLength.seconds(bytes);
                case MP4 -> Mp4Length.seconds(bytes);
                case FLAC -> FlacLength.seconds(bytes);
            };
        } catch (IndexOutOfBoundsException e) {
            // A field that claims more bytes than the file has: the file is damaged, not a server error.
            return OptionalDouble.empty();
        }
    }
}
