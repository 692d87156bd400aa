package dev.interviewer.interview.phrasing;

import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline interviewer's words in one language and one interview style, from {@code lang/<code>/interview.json}
 * and, for the friendly and pressure styles, the tone of {@code interview-<style>.json} (greetings,
 * acknowledgements, transitions, follow-ups, hints, closings). Acknowledgements stay neutral in every style: they
 * never hint at how the answer did, since the grade is shown separately and right after.
 * Placeholders: {n}, {total}, {topic}, {cue} (always a noun phrase: a glossary term or a technology name),
 * {ask} (a question from the card), {question}. The report's review reasons name key points ({points}, joined with
 * {@code pointSeparator}); the skipped label is also a skipped turn's feedback.
 */
public record Phrasebook(
        List<String> openings,
        List<String> acknowledgements,
        List<String> transitions,
        String questionLine,
        List<String> followUps,
        List<String> openFollowUps,
        List<String> curatedFollowUpLeads,
        List<String> hints,
        List<String> hintQuestions,
        List<String> plainHints,
        String noMoreHints,
        String skipped,
        String closing,
        String endedEarly,
        String skippedLabel,
        String hintedReason,
        String missedReason,
        String pointSeparator) {

    /** The style whose words are in {@code interview.json} itself. */
    public static final String STANDARD = "standard";
    private static final Map<String, Phrasebook> BY_LANGUAGE_AND_STYLE = new ConcurrentHashMap<>();

    public Phrasebook {
        openings = List.copyOf(openings);
        acknowledgements = List.copyOf(acknowledgements);
        transitions = List.copyOf(transitions);
        followUps = List.copyOf(followUps);
        openFollowUps = List.copyOf(openFollowUps);
        curatedFollowUpLeads = List.copyOf(curatedFollowUpLeads);
        hints = List.copyOf(hints);
        hintQuestions = List.copyOf(hintQuestions);
        plainHints = List.copyOf(plainHints);
    }

    /** The standard style's words. */
    public static Phrasebook of(String language) {
        return of(language, STANDARD);
    }

    /** The words of a style ("friendly", "standard", "pressure"). */
    public static Phrasebook of(String language, String style) {
        return BY_LANGUAGE_AND_STYLE.computeIfAbsent(language + "/" + style, k -> read(Wording.of(language), style));
    }

    private static Phrasebook read(Wording w, String style) {
        String tone = STANDARD.equals(style) ? "interview." : "interview-" + style + ".";
        return new Phrasebook(w.texts(tone + "openings"), w.texts(tone + "acknowledgements"),
                w.texts(tone + "transitions"), w.text("interview.questionLine"), w.texts(tone + "followUps"),
                w.texts(tone + "openFollowUps"), w.texts(tone + "curatedFollowUpLeads"), w.texts(tone + "hints"),
                w.texts(tone + "hintQuestions"), w.texts(tone + "plainHints"), w.text(tone + "noMoreHints"),
                w.text("interview.skipped"), w.text(tone + "closing"), w.text(tone + "endedEarly"),
                w.text("interview.skippedLabel"), w.text("interview.hintedReason"), w.text("interview.missedReason"),
                w.text("interview.pointSeparator"));
    }
}
