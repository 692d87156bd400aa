package dev.interviewer.store;

import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.SavedTarget;
import dev.interviewer.interview.model.TargetStore;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Saved targets and targeted interviews' requirements in SQLite, with the history they belong to. */
public final class SqliteTargetStore implements TargetStore {
    private final Database db;
    private final SecureRandom ids = new SecureRandom();

    public SqliteTargetStore(Database db) {
        this.db = db;
    }

    @Override
    public SavedTarget save(String name, String text, Instant at) {
        String checked = SavedTarget.checkedName(name);
        return db.write(c -> {
            Optional<SavedTarget> same = select(c, "SELECT * FROM targets WHERE name = ? COLLATE NOCASE", checked);
            SavedTarget saved = same.map(t -> new SavedTarget(t.id(), checked, text, t.createdAt(), at))
                    .orElseGet(() -> new SavedTarget(newId(), checked, text, at, at));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO targets (id, name, text, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                    + " text = excluded.text, updated_at = excluded.updated_at")) {
                p.setString(1, saved.id());
                p.setString(2, saved.name());
                p.setString(3, saved.text());
                p.setString(4, SqlTime.format(saved.createdAt()));
                p.setString(5, SqlTime.format(saved.updatedAt()));
                p.executeUpdate();
            }
            return saved;
        });
    }

    @Override
    public List<SavedTarget> list() {
        return db.read(c -> {
            List<SavedTarget> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM targets ORDER BY updated_at DESC, id");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    all.add(target(rs));
                }
            }
            return all;
        });
    }

    @Override
    public Optional<SavedTarget> find(String id) {
        return db.read(c -> select(c, "SELECT * FROM targets WHERE id = ?", id));
    }

    @Override
    public boolean delete(String id) {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM targets WHERE id = ?")) {
                p.setString(1, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void savePlan(String interviewId, String targetId, List<QuestionRequirement> plan) {
        db.write(c -> {
            if (!plan(c, interviewId).isEmpty()) {
                throw new InterviewException(InterviewException.Reason.CONFLICT,
                        "interview " + interviewId + " already has its plan");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO interview_requirements (interview_id, question,"
                    + " card_id, requirement, weight, gap_question, target_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (QuestionRequirement r : plan) {
                    p.setString(1, interviewId);
                    p.setInt(2, r.question());
                    p.setString(3, r.cardId());
                    p.setString(4, r.requirement());
                    p.setDouble(5, r.weight());
                    p.setString(6, r.gapQuestion());
                    p.setString(7, targetId == null ? "" : targetId);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<QuestionRequirement> plan(String interviewId) {
        return db.read(c -> plan(c, interviewId));
    }

    @Override
    public Optional<QuestionRequirement> gap(String cardId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM interview_requirements WHERE card_id = ?"
                    + " AND gap_question <> '' LIMIT 1")) {
                p.setString(1, cardId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(requirement(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<String> interviewIds(String targetId) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT interview_id FROM interview_requirements"
                    + " WHERE target_id = ? AND target_id <> ''")) {
                p.setString(1, targetId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private static List<QuestionRequirement> plan(Connection c, String interviewId) throws SQLException {
        List<QuestionRequirement> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM interview_requirements WHERE interview_id = ?"
                + " ORDER BY question")) {
            p.setString(1, interviewId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(requirement(rs));
                }
            }
        }
        return rows;
    }

    private static Optional<SavedTarget> select(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(target(rs)) : Optional.empty();
            }
        }
    }

    private static SavedTarget target(ResultSet rs) throws SQLException {
        return new SavedTarget(rs.getString("id"), rs.getString("name"), rs.getString("text"),
                SqlTime.parse(rs.getString("created_at")), SqlTime.parse(rs.getString("updated_at")));
    }

    private static QuestionRequirement requirement(ResultSet rs) throws SQLException {
        return new QuestionRequirement(rs.getInt("question"), rs.getString("card_id"), rs.getString("requirement"),
                rs.getDouble("weight"), rs.getString("gap_question"));
    }

    private String newId() {
        byte[] bytes = new byte[8];
        ids.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
