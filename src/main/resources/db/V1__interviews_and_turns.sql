-- Interviews and their turns: everything needed to show a transcript, build a report and resume.
CREATE TABLE interviews (
    id          TEXT PRIMARY KEY,
    config      TEXT NOT NULL,                 -- InterviewConfig as JSON
    seed        INTEGER NOT NULL,              -- seeds the phrasing, so a resumed interview phrases the same
    card_ids    TEXT NOT NULL,                 -- JSON array: the planned main questions, in order
    status      TEXT NOT NULL CHECK (status IN ('ACTIVE', 'FINISHED', 'ENDED')),
    created_at  TEXT NOT NULL,                 -- ISO-8601 UTC with nine fraction digits: sorts as text
    finished_at TEXT,
    closing     TEXT NOT NULL DEFAULT '',
    score       REAL
);

CREATE INDEX interviews_by_created ON interviews (created_at);

CREATE TABLE turns (
    interview_id          TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    idx                   INTEGER NOT NULL CHECK (idx >= 0),
    question              INTEGER NOT NULL CHECK (question >= 1),
    card_id               TEXT NOT NULL,
    kind                  TEXT NOT NULL CHECK (kind IN ('QUESTION', 'FOLLOW_UP')),
    targets               TEXT NOT NULL DEFAULT '[]',   -- JSON array of key point numbers
    prompt_text           TEXT NOT NULL,
    prompt_engine         TEXT NOT NULL,
    prompt_fallback       INTEGER NOT NULL DEFAULT 0,
    prompt_pending        INTEGER NOT NULL DEFAULT 0,
    prompt_input_tokens   INTEGER NOT NULL DEFAULT 0,
    prompt_output_tokens  INTEGER NOT NULL DEFAULT 0,
    hints                 TEXT NOT NULL DEFAULT '[]',   -- JSON array of Hint
    answer                TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL CHECK (status IN ('ASKED', 'ANSWERED', 'GRADED', 'SKIPPED')),
    grade                 TEXT,                         -- Grade as JSON, null until graded or skipped
    grading_input_tokens  INTEGER NOT NULL DEFAULT 0,
    grading_output_tokens INTEGER NOT NULL DEFAULT 0,
    asked_at              TEXT NOT NULL,
    answered_at           TEXT,
    graded_at             TEXT,
    PRIMARY KEY (interview_id, idx)
);
