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
        String draft) {

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
    }
}
