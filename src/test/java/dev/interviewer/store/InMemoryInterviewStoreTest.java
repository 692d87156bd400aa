package dev.interviewer.store;

import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.testing.InMemoryInterviewStore;

/** The in-memory store follows the same contract as the persistent one. */
class InMemoryInterviewStoreTest extends InterviewStoreContract {
    @Override
    protected InterviewStore newStore() {
        return new InMemoryInterviewStore();
    }
}
