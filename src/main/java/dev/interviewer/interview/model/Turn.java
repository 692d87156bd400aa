package dev.interviewer.interview.model;

import dev.interviewer.grading.Grade;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.voice.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One exchange: what the interviewer asked, the candidate's answer and its grade.
 *
 * @param index    position in the interview, from 0
 * @param question the main question it belongs to, from 1
 * @param targets  the key points a follow-up aims at; empty for a main question (all of the card's points)
 * @param answer   the candidate's answer, empty until answered
 * @param grade    null until graded or skipped
 * @param delivery how a spoken answer was delivered; null for a typed answer
 */
public record Turn(
        int index,
        int question,
        String cardId,
        TurnKind kind,
        List<Integer> targets,
        Prompt prompt,
        List<Hint> hints,
        String answer,
        TurnStatus status,
        Grade grade,
        TokenUsage gradingUsage,
        Instant askedAt,
        Instant answeredAt,
        Instant gradedAt,
        Delivery delivery) {

    public Turn {
        if (index < 0 || question < 1) {
            throw new IllegalArgumentException("bad turn position: index " + index + ", question " + question);
        }
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(kind, "kind");
        targets = List.copyOf(targets);
        Objects.requireNonNull(prompt, "prompt");
        hints = List.copyOf(hints);
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(status, "status");
        if (status.closed() && grade == null) {
            throw new IllegalArgumentException("turn " + index + " is " + status.label() + " without a grade");
        }
        gradingUsage = gradingUsage == null ? TokenUsage.NONE : gradingUsage;
        Objects.requireNonNull(askedAt, "askedAt");
    }

    /** A new turn waiting for its answer. */
    public static Turn asked(int index, int question, String cardId, TurnKind kind, List<Integer> targets,
            Prompt prompt, Instant at) {
        return new Turn(index, question, cardId, kind, targets, prompt, List.of(), "", TurnStatus.ASKED, null,
                TokenUsage.NONE, at, null, null, null);
    }

    public Turn withAnswer(String text, Instant at) {
        return withAnswer(text, null, at);
    }

    /** The answer and, when it was spoken, how it was delivered. */
    public Turn withAnswer(String text, Delivery spoken, Instant at) {
        requireStatus(TurnStatus.ASKED, "answer");
        return new Turn(index, question, cardId, kind, targets, prompt, hints, text, TurnStatus.ANSWERED, null,
                gradingUsage, askedAt, at, null, spoken);
    }

    /** Records the outcome; a skip may close a turn that was never answered. */
    public Turn withResult(TurnResult result) {
        if (status.closed()) {
            throw new IllegalStateException("turn " + index + " is already " + status.label());
        }
        if (result.status() == TurnStatus.GRADED && status != TurnStatus.ANSWERED) {
            throw new IllegalStateException("turn " + index + " cannot be graded before it is answered");
        }
        return new Turn(index, question, cardId, kind, targets, prompt, hints, answer, result.status(),
                result.grade(), result.usage(), askedAt, answeredAt, result.at(), delivery);
    }

    public Turn withHint(Hint hint) {
        requireStatus(TurnStatus.ASKED, "hint");
        List<Hint> more = new ArrayList<>(hints);
        more.add(hint);
        return new Turn(index, question, cardId, kind, targets, prompt, more, answer, status, grade, gradingUsage,
                askedAt, answeredAt, gradedAt, delivery);
    }

    public Turn withPrompt(Prompt newPrompt) {
        return new Turn(index, question, cardId, kind, targets, newPrompt, hints, answer, status, grade,
                gradingUsage, askedAt, answeredAt, gradedAt, delivery);
    }

    public boolean hinted(int keyPoint) {
        return hints.stream().anyMatch(h -> h.keyPoint() == keyPoint);
    }

    private void requireStatus(TurnStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " turn " + index + ": it is " + status.label());
        }
    }
}
