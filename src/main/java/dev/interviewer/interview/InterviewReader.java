package dev.interviewer.interview;

import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads interviews back from the store, the source of truth, with their cards from the current notes (and the gap
 * questions of targeted interviews, which no notes hold).
 */
final class InterviewReader {
    private final InterviewStore store;
    private final Supplier<KnowledgeBase> knowledge;
    private final Function<String, Optional<Card>> gaps;

    InterviewReader(InterviewStore store, Supplier<KnowledgeBase> knowledge, Function<String, Optional<Card>> gaps) {
        this.store = store;
        this.knowledge = knowledge;
        this.gaps = gaps;
    }

    Interview load(String id) {
        return new Interview(store.load(id).orElseThrow(() -> InterviewException.notFound(id)), this::card);
    }

    /** The cards an interview may ask: those with a reference answer that read as questions of their own. */
    List<Card> askableCards() {
        return knowledge.get().askableCards();
    }

    Optional<Card> card(String cardId) {
        return knowledge.get().card(cardId).or(() -> gaps.apply(cardId));
    }

    /** The interview with its last turn closed by {@code result}, in memory only. */
    Interview withResult(Interview interview, TurnResult result) {
        List<Turn> turns = new ArrayList<>(interview.stored().turns());
        turns.set(turns.size() - 1, interview.lastTurn().withResult(result));
        return new Interview(interview.stored().withTurns(turns), this::card);
    }

    /** A card gone from the notes is shown as it was when asked, from the store's snapshot, never graded again. */
    Interview withSnapshots(Interview interview) {
        Map<String, CardSnapshot> snapshots = store.cardSnapshots(interview.id());
        return new Interview(interview.stored(), cardId -> card(cardId)
                .or(() -> Optional.ofNullable(snapshots.get(cardId)).map(CardSnapshot::toCard)));
    }
}
