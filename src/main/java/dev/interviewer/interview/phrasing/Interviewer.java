package dev.interviewer.interview.phrasing;

/**
 * Phrases the messages the code decided on. Implementations never throw and always end with
 * {@link MessageListener#done}: on any failure they fall back to {@link PhraseRequest#draft()}.
 */
public interface Interviewer {
    /** Uses the offline draft as it is: one token, then done. */
    Interviewer OFFLINE = (request, listener) -> {
        listener.token(request.draft());
        listener.done(Prompt.offline(request.draft()));
    };

    void phrase(PhraseRequest request, MessageListener listener);

    /** Drops whatever the interviewer remembers of an interview that is over. */
    default void forget(String interviewId) {
        // Stateless interviewers remember nothing.
    }
}
