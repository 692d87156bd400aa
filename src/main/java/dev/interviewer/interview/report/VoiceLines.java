package dev.interviewer.interview.report;

import dev.interviewer.interview.voice.Delivery;
import dev.interviewer.interview.voice.VoiceSummary;
import dev.interviewer.lang.Wording;
import java.util.Locale;

/** The report's sentences about spoken answers, in the interview's language ({@code lang/<code>/voice.json}). */
final class VoiceLines {
    private VoiceLines() {
    }

    static String label(String language) {
        return Wording.of(language).text("voice.label");
    }

    /** "6 of 8 answers spoken; 140 words a minute; 3.0 fillers a minute; 2 long pauses". */
    static String summary(VoiceSummary v, String language) {
        Wording w = Wording.of(language);
        return String.format(Locale.ROOT, w.text("voice.summary"), v.spoken(), v.answered(), Math.round(v.perMinute()),
                unit(w, v.unit()), v.fillersPerMinute(), v.longPauses());
    }

    /** "spoken 42 s; 150 characters a minute; 3 fillers; 1 long pause". */
    static String delivery(Delivery d, String language) {
        Wording w = Wording.of(language);
        return String.format(Locale.ROOT, w.text("voice.delivery"), d.seconds(), Math.round(d.perMinute()),
                unit(w, d.unit()), d.fillers(), d.longPauses());
    }

    private static String unit(Wording w, String unit) {
        return w.text(Delivery.WORDS.equals(unit) ? "voice.words" : "voice.characters");
    }
}
