-- A copy of each turn's card as it was asked, so history and reports survive the card leaving the notes.
ALTER TABLE turns ADD COLUMN card_title TEXT NOT NULL DEFAULT '';
ALTER TABLE turns ADD COLUMN card_question TEXT NOT NULL DEFAULT '';
ALTER TABLE turns ADD COLUMN card_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE turns ADD COLUMN card_source TEXT NOT NULL DEFAULT '';
ALTER TABLE turns ADD COLUMN card_topic TEXT NOT NULL DEFAULT '';

-- FSRS memory state per card: one row per card ever graded.
CREATE TABLE card_reviews (
    card_id     TEXT PRIMARY KEY,
    stability   REAL NOT NULL CHECK (stability > 0),
    difficulty  REAL NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
    reps        INTEGER NOT NULL CHECK (reps >= 1),
    lapses      INTEGER NOT NULL CHECK (lapses >= 0),
    last_rating INTEGER NOT NULL CHECK (last_rating BETWEEN 1 AND 4),
    last_score  REAL NOT NULL,
    last_review TEXT NOT NULL,
    due         TEXT NOT NULL
);

CREATE INDEX card_reviews_by_due ON card_reviews (due);

-- Every review, in order; (card_id, reviewed_at) is unique so replaying a review after a restart is a no-op.
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id     TEXT NOT NULL,
    score       REAL NOT NULL,
    rating      INTEGER NOT NULL,
    reviewed_at TEXT NOT NULL,
    stability   REAL NOT NULL,
    difficulty  REAL NOT NULL,
    due         TEXT NOT NULL,
    UNIQUE (card_id, reviewed_at)
);
