package dev.interviewer.interview;

import dev.interviewer.interview.model.Decision;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.phrasing.PhraseRequest;

/**
 * What follows a closed turn: a new turn (with the request to phrase it), or the end with its closing words.
 * Exactly one of {@code turn} and {@code closing} is set.
 */
record NextStep(Decision decision, Turn turn, PhraseRequest request, String closing) {
    boolean finishes() {
        return turn == null;
    }
}
