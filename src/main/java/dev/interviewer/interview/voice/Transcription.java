package dev.interviewer.interview.voice;

import java.util.Objects;

/**
 * What {@code POST /api/transcribe} returns: the words heard, how long the recording ran and who heard it.
 *
 * @param seconds   the recording's length, to a tenth of a second
 * @param engine    the transcription model's name
 * @param recording the name of the kept recording, null when it was not kept
 */
public record Transcription(String text, double seconds, String engine, String recording) {
    public Transcription {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(engine, "engine");
    }
}
