package dev.interviewer.store;

import dev.interviewer.interview.model.TargetStore;
import dev.interviewer.testing.InMemoryTargetStore;

class InMemoryTargetStoreTest extends TargetStoreContract {
    @Override
    protected TargetStore newStore() {
        return new InMemoryTargetStore();
    }

    @Override
    protected void interviewExists(String id) {
        // The in-memory store keeps plans of any id.
    }
}
