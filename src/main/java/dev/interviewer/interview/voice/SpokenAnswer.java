package dev.interviewer.interview.voice;

import java.util.List;
import java.util.Objects;

/**
 * How an answer was spoken, as the page measured it: the words as they were heard (before the candidate edited
 * them), the time spoken and the silences between words.
 *
 * @param transcript what the recogniser heard
 * @param seconds    speaking time, from the first word to the last
 * @param pauses     each silence inside the answer, in seconds
 */
public record SpokenAnswer(String transcript, double seconds, List<Double> pauses) {
    /** More than an hour of speech for one answer is not a measurement. */
    public static final double MAX_SECONDS = 3600;
    public static final int MAX_PAUSES = 1000;
    public static final int MAX_TRANSCRIPT_CHARS = 20_000;

    public SpokenAnswer {
        transcript = transcript == null ? "" : transcript.strip();
        if (transcript.length() > MAX_TRANSCRIPT_CHARS) {
            throw new IllegalArgumentException("voice.transcript is longer than " + MAX_TRANSCRIPT_CHARS
                    + " characters: " + transcript.length());
        }
        if (!(seconds > 0 && seconds <= MAX_SECONDS)) {
            throw new IllegalArgumentException("voice.seconds must be more than 0 and at most " + (int) MAX_SECONDS
                    + ": " + seconds);
        }
        pauses = List.copyOf(Objects.requireNonNullElse(pauses, List.of()));
        if (pauses.size() > MAX_PAUSES) {
            throw new IllegalArgumentException("voice.pauses has more than " + MAX_PAUSES + " entries: "
                    + pauses.size());
        }
        for (Double pause : pauses) {
            if (pause == null || !(pause >= 0 && pause <= seconds)) {
                throw new IllegalArgumentException("voice.pauses must be seconds between 0 and voice.seconds: "
                        + pause);
            }
        }
    }
}
