package dev.interviewer.store;

/** The in-memory store follows the same contract as the persistent one. */
class InMemoryInterviewStoreTest extends InterviewStoreContract {
    @Override
    protected InterviewStore newStore() {
        return new InMemoryInterviewStore();
    }
}
