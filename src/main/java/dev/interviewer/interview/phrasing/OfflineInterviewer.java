package dev.interviewer.interview.phrasing;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import java.util.List;

/**
 * Phrases what the code decided, without a model, in Chinese or English: openings, neutral acknowledgements,
 * follow-ups (the card's curated follow-up aimed at the missed point, else a template naming a cue from it),
 * hints, transitions and the closing. Variants are chosen from the interview's seed, so phrasing is varied but
 * reproducible. It is also the fallback text whenever an LLM fails.
 */
public final class OfflineInterviewer {
    private final Phrasebook words;
    private final Variation variation;
    private final boolean english;

    public OfflineInterviewer(String language, long seed) {
        this.words = Phrasebook.of(language);
        this.variation = new Variation(seed);
        this.english = "en".equals(language);
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

    /** A follow-up aimed at a missed key point, after a neutral acknowledgement. */
    public String followUp(Card card, KeyPoint target, String alreadySaid, int turn) {
        String ack = variation.pick(words.acknowledgements(), turn, "ack");
        List<String> curated = card.followUps().stream()
                .filter(f -> f.targetKeyPoint() == target.number())
                .map(this::text)
                .filter(t -> !t.isBlank())
                .toList();
        if (!curated.isEmpty()) {
            return ack + gap() + variation.pick(words.curatedFollowUpLeads(), turn, "lead")
                    + variation.pick(curated, turn, "curated");
        }
        String cue = cue(card, target, alreadySaid);
        return ack + gap() + fill(variation.pick(words.followUps(), turn, "follow-up"), card, 0, 0, cue);
    }

    /** A nudge toward a missed point that names a cue, never the point itself. */
    public String hint(Card card, KeyPoint target, String alreadySaid, int turn) {
        return fill(variation.pick(words.hints(), turn, "hint"), card, 0, 0, cue(card, target, alreadySaid));
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

    private String cue(Card card, KeyPoint target, String alreadySaid) {
        String source = english && !target.english().isBlank() ? target.english() : target.text();
        String cue = Cues.pick(source, card.question() + " " + card.questionEn() + " " + alreadySaid);
        if (cue.isEmpty()) {
            cue = Cues.pick(source, card.question() + " " + card.questionEn());
        }
        return cue.isEmpty() ? card.title() : cue;
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
