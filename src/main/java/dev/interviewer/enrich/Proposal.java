package dev.interviewer.enrich;

import java.util.List;

/**
 * What the model proposes for one card (its structured output): key points with weights, English glosses and the
 * sentence of the note each comes from; misconceptions with their corrections; follow-ups aimed at key points (by
 * number, from 1); a level and tags. Nothing here is trusted: {@link ProposalCheck} validates it against the note.
 */
public record Proposal(List<Point> keyPoints, List<Mistake> pitfalls, List<Question> followUps, int level,
        List<String> tags) {

    /** A key point: what a good answer must say, in the note's language, and where the note says it. */
    public record Point(String text, String english, int weight, String quote) {
    }

    /** A wrong claim candidates make, why it is wrong, and the claim in English. */
    public record Mistake(String claim, String correction, String english) {
    }

    /** A follow-up question aimed at one of the proposed key points. */
    public record Question(String question, String english, int keyPoint) {
    }
}
