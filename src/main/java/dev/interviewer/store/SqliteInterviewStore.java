package dev.interviewer.store;

import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.Finish;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewStore;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnResult;
import dev.interviewer.interview.model.TurnRules;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.voice.Delivery;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Keeps interviews in SQLite ({@code <data>/interviewer.db}). Each method is one transaction that first reads the
 * interview and checks the write against its state, so a refused write changes nothing. Creating an interview and
 * saving an answer are committed with an fsync ({@link Database#writeDurably}): they hold what the candidate typed.
 * Every turn keeps a snapshot of its card, so history and reports outlive the card in the notes.
 */
public final class SqliteInterviewStore implements InterviewStore {
    private final Database db;
    private final Function<String, Optional<CardSnapshot>> cards;
    private final InterviewRows rows = new InterviewRows();

    /**
     * @param cards looks up a card by id for the snapshot saved with each turn; empty for an unknown card
     */
    public SqliteInterviewStore(Database db, Function<String, Optional<CardSnapshot>> cards) {
        this.db = db;
        this.cards = cards;
    }

    /** Fills the card snapshots of turns saved before snapshots existed, for cards still in the notes. */
    public int backfillSnapshots() {
        return db.write(c -> {
            int updated = 0;
            for (String cardId : rows.cardsWithoutSnapshot(c)) {
                Optional<CardSnapshot> card = cards.apply(cardId);
                if (card.isPresent()) {
                    updated += rows.backfill(c, card.get());
                }
            }
            return updated;
        });
    }

    @Override
    public void create(StoredInterview interview) {
        db.writeDurably(c -> {
            if (rows.exists(c, interview.id())) {
                throw new IllegalStateException("interview " + interview.id() + " already exists");
            }
            rows.insertInterview(c, interview);
            for (Turn turn : interview.turns()) {
                insertTurn(c, interview.id(), turn);
            }
            return null;
        });
    }

    @Override
    public void appendTurn(String interviewId, Turn turn) {
        db.write(c -> {
            StoredInterview interview = TurnRules.active(rows.require(c, interviewId));
            TurnRules.requireAppendable(interviewId, interview.turns(), turn);
            insertTurn(c, interviewId, turn);
            return null;
        });
    }

    @Override
    public void saveAnswer(String interviewId, int turnIndex, String answer, Delivery delivery, Instant at) {
        db.writeDurably(c -> {
            updateTurn(c, interviewId, turnIndex, true, t -> t.withAnswer(answer, delivery, at));
            rows.updateDelivery(c, interviewId, turnIndex, delivery);
            return null;
        });
    }

    @Override
    public boolean delete(String interviewId) {
        return db.write(c -> rows.delete(c, interviewId));
    }

    @Override
    public void saveHint(String interviewId, int turnIndex, Hint hint) {
        db.write(c -> updateTurn(c, interviewId, turnIndex, true, t -> t.withHint(hint)));
    }

    @Override
    public void saveResult(String interviewId, int turnIndex, TurnResult result, Turn next) {
        db.write(c -> {
            StoredInterview interview = TurnRules.active(rows.require(c, interviewId));
            Turn closed = TurnRules.turn(interview, turnIndex).withResult(result);
            if (next != null) {
                List<Turn> turns = new ArrayList<>(interview.turns());
                turns.set(turnIndex, closed);
                TurnRules.requireAppendable(interviewId, turns, next);
            }
            rows.updateTurn(c, interviewId, closed);
            if (next != null) {
                insertTurn(c, interviewId, next);
            }
            return null;
        });
    }

    @Override
    public void savePrompt(String interviewId, int turnIndex, Prompt prompt) {
        db.write(c -> updateTurn(c, interviewId, turnIndex, false, t -> t.withPrompt(prompt)));
    }

    @Override
    public void finish(String interviewId, Finish finish) {
        db.write(c -> {
            rows.updateEnd(c, TurnRules.active(rows.require(c, interviewId)).finished(finish));
            return null;
        });
    }

    @Override
    public Optional<StoredInterview> load(String interviewId) {
        return db.read(c -> rows.select(c, interviewId));
    }

    @Override
    public List<InterviewSummary> list() {
        return db.read(rows::summaries);
    }

    /** The card each turn asked, as it was then, by card id. */
    @Override
    public Map<String, CardSnapshot> cardSnapshots(String interviewId) {
        return db.read(c -> rows.snapshots(c, interviewId));
    }

    private Void updateTurn(Connection c, String interviewId, int turnIndex, boolean mustBeActive,
            UnaryOperator<Turn> change) throws SQLException {
        StoredInterview interview = rows.require(c, interviewId);
        if (mustBeActive) {
            TurnRules.active(interview);
        }
        rows.updateTurn(c, interviewId, change.apply(TurnRules.turn(interview, turnIndex)));
        return null;
    }

    private void insertTurn(Connection c, String interviewId, Turn turn) throws SQLException {
        CardSnapshot card = cards.apply(turn.cardId()).orElse(CardSnapshot.unknown(turn.cardId()));
        rows.insertTurn(c, interviewId, turn, card);
    }
}
