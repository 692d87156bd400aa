package dev.interviewer.interview.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery of an interview's spoken answers, summed up for the report: "6 of 8 answers spoken; 140 words a
 * minute; fillers 3 a minute".
 *
 * @param spoken    answers given aloud
 * @param answered  answers given at all
 * @param unit      the unit most of the speaking time was measured in ({@code words} or {@code characters})
 * @param perMinute that unit per minute, over the answers measured in it
 */
public record VoiceSummary(
        int spoken,
        int answered,
        double seconds,
        String unit,
        double perMinute,
        int fillers,
        double fillersPerMinute,
        Map<String, Integer> fillerWords,
        int longPauses) {

    public VoiceSummary {
        fillerWords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fillerWords));
    }

    /** The summary of these deliveries, or null when no answer was spoken. */
    public static VoiceSummary of(List<Delivery> deliveries, int answered) {
        if (deliveries.isEmpty()) {
            return null;
        }
        double seconds = 0;
        double wordSeconds = 0;
        double characterSeconds = 0;
        int words = 0;
        int characters = 0;
        int fillers = 0;
        int longPauses = 0;
        Map<String, Integer> fillerWords = new LinkedHashMap<>();
        for (Delivery d : deliveries) {
            seconds += d.seconds();
            if (Delivery.WORDS.equals(d.unit())) {
                wordSeconds += d.seconds();
                words += d.count();
            } else {
                characterSeconds += d.seconds();
                characters += d.count();
            }
            fillers += d.fillers();
            longPauses += d.longPauses();
            d.fillerWords().forEach((word, n) -> fillerWords.merge(word, n, Integer::sum));
        }
        boolean inWords = wordSeconds > characterSeconds;
        double unitSeconds = inWords ? wordSeconds : characterSeconds;
        double perMinute = unitSeconds > 0 ? Math.round((inWords ? words : characters) / (unitSeconds / 60)) : 0;
        return new VoiceSummary(deliveries.size(), Math.max(answered, deliveries.size()), DeliveryMeter.round(seconds),
                inWords ? Delivery.WORDS : Delivery.CHARACTERS, perMinute, fillers,
                seconds > 0 ? DeliveryMeter.round(fillers / (seconds / 60)) : 0, Fillers.byFrequency(fillerWords),
                longPauses);
    }
}
