package dev.interviewer.store;

import dev.interviewer.interview.ReviewSummary;
import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.review.CardReview;
import dev.interviewer.review.Fsrs;
import dev.interviewer.review.MemoryState;
import dev.interviewer.review.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * FSRS review state per card in SQLite. Each finished question updates its card's memory state and logs the
 * review; a review already logged (same card, same time) is ignored, so replaying one after a restart is harmless.
 * Drill mode gets the due cards, least likely to be recalled first, then the weak cards that are not due yet.
 */
public final class SqliteReviewSchedule implements ReviewSchedule {
    private final Database db;
    private final Fsrs fsrs;

    public SqliteReviewSchedule(Database db, Fsrs fsrs) {
        this.db = db;
        this.fsrs = fsrs;
    }

    @Override
    public List<String> due(Instant now, int limit) {
        List<CardReview> all = all();
        Stream<CardReview> due = dueNow(all, now);
        Stream<CardReview> weak = weak(all, now).filter(r -> !r.dueAt(now));
        return Stream.concat(due, weak).limit(Math.max(0, limit)).map(CardReview::cardId).toList();
    }

    @Override
    public List<String> weak(Instant now) {
        return weak(all(), now).map(CardReview::cardId).toList();
    }

    @Override
    public List<String> dueNow(Instant now) {
        return dueNow(all(), now).map(CardReview::cardId).toList();
    }

    private Stream<CardReview> dueNow(List<CardReview> all, Instant now) {
        return all.stream().filter(r -> r.dueAt(now)).sorted(forgottenFirst(now));
    }

    // Ties in score go to the card more likely forgotten.
    private Stream<CardReview> weak(List<CardReview> all, Instant now) {
        return all.stream().filter(CardReview::weak)
                .sorted(Comparator.comparingDouble(CardReview::lastScore).thenComparing(forgottenFirst(now)));
    }

    private Comparator<CardReview> forgottenFirst(Instant now) {
        return Comparator.comparingDouble(r -> r.retrievability(now, fsrs));
    }

    @Override
    public void record(String cardId, double score, Instant at) {
        db.write(c -> {
            Optional<CardReview> previous = select(c, cardId);
            CardReview next = previous.map(p -> p.reviewed(score, at, fsrs))
                    .orElseGet(() -> CardReview.first(cardId, score, at, fsrs));
            if (log(c, next)) {
                upsert(c, next);
            }
            return null;
        });
    }

    /** Half the last score's shortfall, half the chance of having forgotten the card by now. */
    @Override
    public Map<String, Double> weakness(Instant now) {
        Map<String, Double> weakness = new LinkedHashMap<>();
        for (CardReview r : all()) {
            double missed = 1 - Math.max(0, Math.min(10, r.lastScore())) / 10;
            double forgotten = 1 - r.retrievability(now, fsrs);
            weakness.put(r.cardId(), (missed + forgotten) / 2);
        }
        return weakness;
    }

    public Optional<CardReview> card(String cardId) {
        return db.read(c -> select(c, cardId));
    }

    /** Every card with a review state. */
    public List<CardReview> all() {
        return db.read(SqliteReviewSchedule::all);
    }

    /** Every card's review state in the database of {@code c}; a restore reads a backup through it too. */
    static List<CardReview> all(Connection c) throws SQLException {
        List<CardReview> result = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM card_reviews ORDER BY due, card_id");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                result.add(review(rs));
            }
        }
        return result;
    }

    public ReviewSummary summary(Instant now) {
        List<CardReview> all = all();
        int due = (int) all.stream().filter(r -> r.dueAt(now)).count();
        int weak = (int) all.stream().filter(CardReview::weak).count();
        Instant next = all.stream().map(CardReview::due).min(Comparator.naturalOrder()).orElse(null);
        return new ReviewSummary(all.size(), due, weak, next);
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    /** Logs the review; false when this card already has a review at that time. */
    private static boolean log(Connection c, CardReview r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO review_log (card_id, score, rating,"
                + " reviewed_at, stability, difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, r.cardId());
            p.setDouble(2, r.lastScore());
            p.setInt(3, r.lastRating().grade());
            p.setString(4, SqlTime.format(r.lastReview()));
            p.setDouble(5, r.memory().stability());
            p.setDouble(6, r.memory().difficulty());
            p.setString(7, SqlTime.format(r.due()));
            return p.executeUpdate() == 1;
        }
    }

    private static void upsert(Connection c, CardReview r) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO card_reviews (card_id, stability, difficulty, reps,"
                + " lapses, last_rating, last_score, last_review, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (card_id) DO UPDATE SET stability = excluded.stability,"
                + " difficulty = excluded.difficulty, reps = excluded.reps, lapses = excluded.lapses,"
                + " last_rating = excluded.last_rating, last_score = excluded.last_score,"
                + " last_review = excluded.last_review, due = excluded.due")) {
            p.setString(1, r.cardId());
            p.setDouble(2, r.memory().stability());
            p.setDouble(3, r.memory().difficulty());
            p.setInt(4, r.reps());
            p.setInt(5, r.lapses());
            p.setInt(6, r.lastRating().grade());
            p.setDouble(7, r.lastScore());
            p.setString(8, SqlTime.format(r.lastReview()));
            p.setString(9, SqlTime.format(r.due()));
            p.executeUpdate();
        }
    }

    private static Optional<CardReview> select(Connection c, String cardId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM card_reviews WHERE card_id = ?")) {
            p.setString(1, cardId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(review(rs)) : Optional.empty();
            }
        }
    }

    private static CardReview review(ResultSet rs) throws SQLException {
        return new CardReview(rs.getString("card_id"),
                new MemoryState(rs.getDouble("stability"), rs.getDouble("difficulty")),
                rs.getInt("reps"), rs.getInt("lapses"), Rating.fromGrade(rs.getInt("last_rating")),
                rs.getDouble("last_score"), SqlTime.parse(rs.getString("last_review")),
                SqlTime.parse(rs.getString("due")));
    }
}
