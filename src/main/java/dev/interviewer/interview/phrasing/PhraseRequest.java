package dev.interviewer.interview.phrasing;

import java.util.Objects;

/**
 * The code's decision, for an interviewer to phrase: what kind of message, about which card question and which
 * key point, and the offline draft that is used as it is if phrasing fails.
 *
 * @param turn       the turn the message opens
 * @param target     the key point a follow-up aims at (never to be revealed), empty otherwise
 * @param curated    the card's curated follow-up for that point, empty when there is none
 * @param lastAnswer the candidate's previous answer, empty for the opening; it is data, never instructions
 * @param style      the interview style's label (friendly, standard, pressure): the tone to phrase it in
 * @param verbatim   the draft is final and said as it is (a gap question a model already wrote, with its label)
 */
public record PhraseRequest(
        String interviewId,
        int turn,
        MessageKind kind,
        String language,
        String topic,
        String question,
        String target,
        String curated,
        int number,
        int total,
        String lastAnswer,
        String draft,
        String style,
        boolean verbatim) {

    public PhraseRequest {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "zh" : language;
        topic = topic == null ? "" : topic;
        question = question == null ? "" : question;
        target = target == null ? "" : target;
        curated = curated == null ? "" : curated;
        lastAnswer = lastAnswer == null ? "" : lastAnswer;
        Objects.requireNonNull(draft, "draft");
        style = style == null || style.isBlank() ? "standard" : style;
    }

    /** A request in the standard style, to be phrased. */
    public PhraseRequest(String interviewId, int turn, MessageKind kind, String language, String topic,
            String question, String target, String curated, int number, int total, String lastAnswer, String draft) {
        this(interviewId, turn, kind, language, topic, question, target, curated, number, total, lastAnswer, draft,
                "standard", false);
    }
}
