package dev.interviewer.interview.phrasing;

import dev.interviewer.grading.Engine;

/**
 * An interviewer message as clients see it. While an LLM is still phrasing it, {@code pending} is true and the
 * text is empty: the text then arrives as events ({@code GET /api/interviews/{id}/events}).
 *
 * @param turn the turn it opens (for a closing, the index the next turn would have had)
 */
public record InterviewerMessage(MessageKind kind, String text, int turn, boolean pending, Engine engine,
        boolean fallback) {

    public static InterviewerMessage of(LiveMessage live) {
        if (!live.finished()) {
            return new InterviewerMessage(live.kind(), "", live.turn(), true, Engine.LLM, false);
        }
        Prompt p = live.prompt().orElseThrow();
        return new InterviewerMessage(live.kind(), p.text(), live.turn(), false, p.engine(), p.fallback());
    }

    public static InterviewerMessage offline(MessageKind kind, String text, int turn) {
        return new InterviewerMessage(kind, text, turn, false, Engine.OFFLINE, false);
    }
}
