-- Targets: job descriptions and resumes saved by name, and which requirement each question of a targeted
-- interview practises (with the model-written question of a gap, a requirement the notes do not cover).
CREATE TABLE targets (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Saving a name again replaces that target (the store looks the name up first); not unique here, so a restore that
-- brings a target of the same name from another database keeps both rather than failing.
CREATE INDEX targets_by_name ON targets (name COLLATE NOCASE);

CREATE TABLE interview_requirements (
    interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    question     INTEGER NOT NULL CHECK (question >= 1),
    card_id      TEXT NOT NULL,
    requirement  TEXT NOT NULL,
    weight       REAL NOT NULL,
    gap_question TEXT NOT NULL DEFAULT '',   -- empty for a question from the notes
    target_id    TEXT NOT NULL DEFAULT '',   -- the saved target practised, empty for pasted text
    PRIMARY KEY (interview_id, question)
);

CREATE INDEX interview_requirements_by_card ON interview_requirements (card_id);
CREATE INDEX interview_requirements_by_target ON interview_requirements (target_id);
