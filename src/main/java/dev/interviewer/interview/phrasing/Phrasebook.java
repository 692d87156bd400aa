package dev.interviewer.interview.phrasing;

import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline interviewer's words in one language, from {@code lang/<code>/interview.json}. Acknowledgements stay
 * neutral: they never hint at how the answer did, since the grade is shown separately and right after.
 * Placeholders: {n}, {total}, {topic}, {cue}, {question}. The report's review reasons name key points ({points},
 * joined with {@code pointSeparator}); the skipped label is also a skipped turn's feedback.
 */
public record Phrasebook(
        List<String> openings,
        List<String> acknowledgements,
        List<String> transitions,
        String questionLine,
        List<String> followUps,
        List<String> curatedFollowUpLeads,
        List<String> hints,
        String noMoreHints,
        String skipped,
        String closing,
        String endedEarly,
        String skippedLabel,
        String hintedReason,
        String missedReason,
        String pointSeparator) {

    private static final Map<String, Phrasebook> BY_LANGUAGE = new ConcurrentHashMap<>();

    public Phrasebook {
        openings = List.copyOf(openings);
        acknowledgements = List.copyOf(acknowledgements);
        transitions = List.copyOf(transitions);
        followUps = List.copyOf(followUps);
        curatedFollowUpLeads = List.copyOf(curatedFollowUpLeads);
        hints = List.copyOf(hints);
    }

    public static Phrasebook of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, code -> read(Wording.of(code)));
    }

    private static Phrasebook read(Wording w) {
        return new Phrasebook(w.texts("interview.openings"), w.texts("interview.acknowledgements"),
                w.texts("interview.transitions"), w.text("interview.questionLine"), w.texts("interview.followUps"),
                w.texts("interview.curatedFollowUpLeads"), w.texts("interview.hints"), w.text("interview.noMoreHints"),
                w.text("interview.skipped"), w.text("interview.closing"), w.text("interview.endedEarly"),
                w.text("interview.skippedLabel"), w.text("interview.hintedReason"), w.text("interview.missedReason"),
                w.text("interview.pointSeparator"));
    }
}
