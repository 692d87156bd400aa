package dev.interviewer.interview.voice;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures how an answer was spoken: pace in words (English) or characters (Chinese) per minute, filler words and
 * long pauses. It reads the words as they were heard, never the content: the content grade does not see it.
 */
public final class DeliveryMeter {
    /** A silence this long inside an answer reads as being stuck, not as breathing between sentences. */
    public static final double LONG_PAUSE_SECONDS = 1.5;

    // Conversational pace: about 120-160 English words or 180-280 Chinese characters a minute. An interviewer
    // struggles to follow much above it, and much below it sounds unsure.
    private static final double SLOW_WORDS = 100;
    private static final double FAST_WORDS = 170;
    private static final double SLOW_CHARACTERS = 160;
    private static final double FAST_CHARACTERS = 300;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String LETTER = "[\\p{L}\\p{N}&&[^\\p{IsHan}]]";
    private static final Pattern WORD = Pattern.compile(LETTER + "+(?:['’.-]" + LETTER + "+)*");

    private final Fillers fillers;

    private DeliveryMeter(Fillers fillers) {
        this.fillers = fillers;
    }

    /** A meter with the filler lists of every language in {@code lang/}. */
    public static DeliveryMeter standard() {
        return new DeliveryMeter(Fillers.fromWording());
    }

    public Delivery measure(SpokenAnswer spoken) {
        String text = spoken.transcript();
        int characters = count(HAN, text);
        int words = count(WORD, text);
        boolean chinese = characters >= words && characters > 0;
        int units = characters + words; // an English term in a Chinese answer counts as one character, and back
        double minutes = spoken.seconds() / 60;
        double perMinute = units / minutes;
        Map<String, Integer> heard = fillers.count(text);
        int fillerCount = heard.values().stream().mapToInt(Integer::intValue).sum();
        int longPauses = (int) spoken.pauses().stream().filter(p -> p >= LONG_PAUSE_SECONDS).count();
        double longest = spoken.pauses().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new Delivery(round(spoken.seconds()), chinese ? Delivery.CHARACTERS : Delivery.WORDS, units,
                Math.round(perMinute), pace(perMinute, chinese), fillerCount, round(fillerCount / minutes), heard,
                longPauses, round(longest));
    }

    private static Pace pace(double perMinute, boolean chinese) {
        double slow = chinese ? SLOW_CHARACTERS : SLOW_WORDS;
        double fast = chinese ? FAST_CHARACTERS : FAST_WORDS;
        return perMinute < slow ? Pace.SLOW : perMinute > fast ? Pace.FAST : Pace.STEADY;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
