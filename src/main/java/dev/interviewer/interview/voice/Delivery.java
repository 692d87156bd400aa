package dev.interviewer.interview.voice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a spoken answer was delivered, beside (never inside) its content grade.
 *
 * @param seconds          speaking time
 * @param unit             {@code words} for English, {@code characters} for Chinese (each English word in a
 *                         Chinese answer counts as one)
 * @param count            words or characters spoken
 * @param perMinute        words or characters per minute
 * @param pace             slow, steady or fast for that unit
 * @param fillers          filler words heard (from {@code lang/<code>/words/fillers.txt})
 * @param fillersPerMinute fillers per minute of speech
 * @param fillerWords      each filler heard and how often, most frequent first
 * @param longPauses       silences of {@link DeliveryMeter#LONG_PAUSE_SECONDS} or more inside the answer
 * @param longestPause     the longest silence, in seconds
 */
public record Delivery(
        double seconds,
        String unit,
        int count,
        double perMinute,
        Pace pace,
        int fillers,
        double fillersPerMinute,
        Map<String, Integer> fillerWords,
        int longPauses,
        double longestPause) {

    public static final String WORDS = "words";
    public static final String CHARACTERS = "characters";

    public Delivery {
        if (!WORDS.equals(unit) && !CHARACTERS.equals(unit)) {
            throw new IllegalArgumentException("unit must be words or characters: " + unit);
        }
        Objects.requireNonNull(pace, "pace");
        // Kept in the order given (most frequent first), unlike Map.copyOf.
        fillerWords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNullElse(fillerWords, Map.of())));
    }
}
