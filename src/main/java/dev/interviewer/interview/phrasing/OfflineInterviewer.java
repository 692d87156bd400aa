package dev.interviewer.interview.phrasing;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.lang.Wording;
import java.util.List;
import java.util.Map;

/**
 * Phrases what the code decided, without a model, in Chinese or English and in the interview's style: openings,
 * neutral acknowledgements, follow-ups (the card's curated follow-up aimed at the missed point, else a template
 * naming a noun-phrase cue from it, else one of the card's general follow-ups, else a question without a cue),
 * hints, transitions and the closing. Variants are chosen from the interview's seed, so phrasing is varied but
 * reproducible. It is also the fallback text whenever an LLM fails.
 */
public final class OfflineInterviewer {
    private final Phrasebook words;
    private final Variation variation;
    private final boolean english;
    private final String language;

    /** The standard style's interviewer. */
    public OfflineInterviewer(String language, long seed) {
        this(language, Phrasebook.STANDARD, seed);
    }

    /** @param style the interview style's label: friendly, standard or pressure */
    public OfflineInterviewer(String language, String style, long seed) {
        this.words = Phrasebook.of(language, style);
        this.variation = new Variation(seed);
        this.english = "en".equals(language);
        this.language = language;
    }

    /** The first message: a greeting and question 1. */
    public String opening(Card card, int total) {
        String hello = fill(variation.pick(words.openings(), 0, "opening"), card, 1, total, "");
        return hello + "\n\n" + questionLine(card, 1, total);
    }

    /** After an answer or a skip: an acknowledgement (only after an answer), a transition and the next question. */
    public String nextQuestion(Card card, int number, int total, int turn, boolean acknowledge) {
        String lead = acknowledge ? variation.pick(words.acknowledgements(), turn, "ack") + gap() : "";
        String transition = fill(variation.pick(words.transitions(), turn, "transition"), card, number, total, "");
        return lead + transition + "\n\n" + questionLine(card, number, total);
    }

    /** After an answer or a skip: the transition and a gap question, asked as a model wrote it, with its label. */
    public String nextGapQuestion(Card card, int number, int total, int turn, boolean acknowledge) {
        String lead = acknowledge ? variation.pick(words.acknowledgements(), turn, "ack") + gap() : "";
        // One pass: a requirement or a model's question holding "{question}" is left as it is.
        String line = Wording.of(language).text("target.gapQuestionLine", Map.of("n", Integer.toString(number),
                "total", Integer.toString(total), "requirement", card.title(), "question", card.question()));
        return lead + line;
    }

    /**
     * A follow-up aimed at a missed key point, after a neutral acknowledgement: the card's own follow-up for that
     * point, else a template naming a noun phrase of the point, else one of the card's general follow-ups, else a
     * question that needs no cue.
     */
    public String followUp(Card card, KeyPoint target, String alreadySaid, int turn) {
        String ack = variation.pick(words.acknowledgements(), turn, "ack") + gap();
        List<String> curated = followUpsAimedAt(card, target.number());
        if (!curated.isEmpty()) {
            return ack + variation.pick(words.curatedFollowUpLeads(), turn, "lead")
                    + variation.pick(curated, turn, "curated");
        }
        String cue = cue(card, target, alreadySaid);
        if (!cue.isEmpty()) {
            return ack + fill(variation.pick(words.followUps(), turn, "follow-up"), card, 0, 0, cue);
        }
        List<String> general = followUpsAimedAt(card, 0);
        if (!general.isEmpty()) {
            return ack + variation.pick(words.curatedFollowUpLeads(), turn, "lead")
                    + variation.pick(general, turn, "general");
        }
        return ack + variation.pick(words.openFollowUps(), turn, "open-follow-up");
    }

    /**
     * A nudge toward a missed point that never states it: a noun phrase of it, else the card's own follow-up
     * question for it, else a general nudge.
     */
    public String hint(Card card, KeyPoint target, String alreadySaid, int turn) {
        String cue = cue(card, target, alreadySaid);
        if (!cue.isEmpty()) {
            return fill(variation.pick(words.hints(), turn, "hint"), card, 0, 0, cue);
        }
        List<String> asks = followUpsAimedAt(card, target.number());
        if (!asks.isEmpty()) {
            return variation.pick(words.hintQuestions(), turn, "hint-question")
                    .replace("{ask}", variation.pick(asks, turn, "ask"));
        }
        return variation.pick(words.plainHints(), turn, "plain-hint");
    }

    public String noMoreHints() {
        return words.noMoreHints();
    }

    public String skipped() {
        return words.skipped();
    }

    /** A skipped turn's feedback, and the reason a skipped question is listed for review. */
    public String skippedLabel() {
        return words.skippedLabel();
    }

    /** The last words, with an acknowledgement when they follow an answer. */
    public String closing(boolean endedEarly, boolean acknowledge, int turn) {
        String lead = acknowledge ? variation.pick(words.acknowledgements(), turn, "ack") + gap() : "";
        return lead + (endedEarly ? words.endedEarly() : words.closing());
    }

    /** The card's question in the interview's language (the notes' own wording when they have no translation). */
    public String question(Card card) {
        return english && !card.questionEn().isBlank() ? card.questionEn() : card.question();
    }

    private String questionLine(Card card, int number, int total) {
        return fill(words.questionLine(), card, number, total, "");
    }

    // A noun phrase of the point not said yet; one the question itself names is better than none.
    private String cue(Card card, KeyPoint target, String alreadySaid) {
        String source = english && !target.english().isBlank() ? target.english() : target.text();
        String cue = Cues.pick(source, card.question() + " " + card.questionEn() + " " + alreadySaid);
        return cue.isEmpty() ? Cues.pick(source, card.question() + " " + card.questionEn()) : cue;
    }

    private List<String> followUpsAimedAt(Card card, int keyPoint) {
        return card.followUps().stream().filter(f -> f.targetKeyPoint() == keyPoint).map(this::text)
                .filter(t -> !t.isBlank()).toList();
    }

    private String text(FollowUp followUp) {
        return english && !followUp.english().isBlank() ? followUp.english() : followUp.question();
    }

    private String fill(String template, Card card, int number, int total, String cue) {
        String filled = template.replace("{n}", Integer.toString(number)).replace("{total}", Integer.toString(total));
        filled = insert(filled, "{topic}", card.topic());
        filled = insert(filled, "{cue}", cue);
        return filled.replace("{question}", question(card));
    }

    // Chinese sentences end with a full-width stop and need no space after it; English ones do.
    private String gap() {
        return english ? " " : "";
    }

    /** Fills a placeholder, spacing a Latin word from the Han characters around it, as Chinese text does. */
    private static String insert(String template, String placeholder, String value) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = template.indexOf(placeholder, from)) >= 0) {
            out.append(template, from, at);
            int after = at + placeholder.length();
            boolean spaceBefore = at > 0 && isHan(template.charAt(at - 1)) && !value.isEmpty()
                    && isLatin(value.charAt(0));
            boolean spaceAfter = after < template.length() && isHan(template.charAt(after)) && !value.isEmpty()
                    && isLatin(value.charAt(value.length() - 1));
            out.append(spaceBefore ? " " : "").append(value).append(spaceAfter ? " " : "");
            from = after;
        }
        return out.append(template.substring(from)).toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
