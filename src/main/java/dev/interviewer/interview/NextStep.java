package dev.interviewer.interview;

/**
 * What follows a closed turn: a new turn (with the request to phrase it), or the end with its closing words.
 * Exactly one of {@code turn} and {@code closing} is set.
 */
record NextStep(Decision decision, Turn turn, PhraseRequest request, String closing) {
    boolean finishes() {
        return turn == null;
    }
}
