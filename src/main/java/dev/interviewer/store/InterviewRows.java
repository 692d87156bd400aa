package dev.interviewer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.interviewer.grading.Engine;
import dev.interviewer.grading.Grade;
import dev.interviewer.interview.model.CardSnapshot;
import dev.interviewer.interview.model.Hint;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewStatus;
import dev.interviewer.interview.model.InterviewSummary;
import dev.interviewer.interview.model.StoredInterview;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.model.TurnStatus;
import dev.interviewer.interview.model.UnknownInterviewException;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.interviewer.interview.voice.Delivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps interviews and turns to and from their rows. Enums are stored by name, lists and grades as JSON. */
final class InterviewRows {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Integer>> INTEGERS = new TypeReference<>() { };
    private static final TypeReference<List<Hint>> HINTS = new TypeReference<>() { };

    private static final String TURN_COLUMNS = "idx, question, card_id, kind, targets, prompt_text, prompt_engine,"
            + " prompt_fallback, prompt_pending, prompt_input_tokens, prompt_output_tokens, hints, answer, status, grade,"
            + " grading_input_tokens, grading_output_tokens, asked_at, answered_at, graded_at";

    // Its own mapper, not the API's: what is on disk must not change when the API's JSON does. Unknown fields are
    // ignored so that rows written by a newer version still load.
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM interviews WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insertInterview(Connection c, StoredInterview interview) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO interviews (id, config, seed, card_ids, status,"
                + " created_at, finished_at, closing, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, interview.id());
            p.setString(2, write(interview.config()));
            p.setLong(3, interview.seed());
            p.setString(4, write(interview.cardIds()));
            p.setString(5, interview.status().name());
            p.setString(6, SqlTime.format(interview.createdAt()));
            p.setString(7, SqlTime.format(interview.finishedAt()));
            p.setString(8, interview.closing());
            setDouble(p, 9, interview.score());
            p.executeUpdate();
        }
    }

    void updateEnd(Connection c, StoredInterview interview) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE interviews SET status = ?, finished_at = ?, closing = ?, score = ? WHERE id = ?")) {
            p.setString(1, interview.status().name());
            p.setString(2, SqlTime.format(interview.finishedAt()));
            p.setString(3, interview.closing());
            setDouble(p, 4, interview.score());
            p.setString(5, interview.id());
            p.executeUpdate();
        }
    }

    void insertTurn(Connection c, String interviewId, Turn turn, CardSnapshot card) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO turns (interview_id, " + TURN_COLUMNS
                + ", card_title, card_question, card_reference, card_source, card_topic)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, interviewId);
            p.setInt(2, turn.index());
            p.setInt(3, turn.question());
            p.setString(4, turn.cardId());
            p.setString(5, turn.kind().name());
            p.setString(6, write(turn.targets()));
            setMutable(p, 7, turn);
            p.setString(19, SqlTime.format(turn.askedAt()));
            p.setString(20, SqlTime.format(turn.answeredAt()));
            p.setString(21, SqlTime.format(turn.gradedAt()));
            p.setString(22, card.title());
            p.setString(23, card.question());
            p.setString(24, card.reference());
            p.setString(25, card.source());
            p.setString(26, card.topic());
            p.executeUpdate();
        }
    }

    /** Rewrites what can change after a turn is asked: prompt, hints, answer, status, grade and their times. */
    void updateTurn(Connection c, String interviewId, Turn turn) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE turns SET prompt_text = ?, prompt_engine = ?,"
                + " prompt_fallback = ?, prompt_pending = ?, prompt_input_tokens = ?, prompt_output_tokens = ?,"
                + " hints = ?, answer = ?, status = ?, grade = ?, grading_input_tokens = ?, grading_output_tokens = ?,"
                + " answered_at = ?, graded_at = ? WHERE interview_id = ? AND idx = ?")) {
            setMutable(p, 1, turn);
            p.setString(13, SqlTime.format(turn.answeredAt()));
            p.setString(14, SqlTime.format(turn.gradedAt()));
            p.setString(15, interviewId);
            p.setInt(16, turn.index());
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("interview " + interviewId + " has no turn " + turn.index());
            }
        }
    }

    Optional<StoredInterview> select(Connection c, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT config, seed, card_ids, status, created_at,"
                + " finished_at, closing, score FROM interviews WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredInterview(id, read(rs.getString(1), InterviewConfig.class),
                        rs.getLong(2), read(rs.getString(3), STRINGS), InterviewStatus.valueOf(rs.getString(4)),
                        SqlTime.parse(rs.getString(5)), SqlTime.parse(rs.getString(6)), rs.getString(7),
                        getDouble(rs, 8), selectTurns(c, id)));
            }
        }
    }

    StoredInterview require(Connection c, String id) throws SQLException {
        return select(c, id).orElseThrow(() -> new UnknownInterviewException(id));
    }

    List<InterviewSummary> summaries(Connection c) throws SQLException {
        List<InterviewSummary> result = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT i.id, i.config, i.card_ids, i.status, i.created_at,"
                + " i.finished_at, i.score, (SELECT COUNT(*) FROM turns t WHERE t.interview_id = i.id"
                + " AND (t.status IN ('GRADED', 'SKIPPED') OR t.answer <> '')) FROM interviews i"
                + " ORDER BY i.created_at DESC, i.id DESC");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                InterviewConfig config = read(rs.getString(2), InterviewConfig.class);
                result.add(new InterviewSummary(rs.getString(1), config.topics(), config.mode(),
                        read(rs.getString(3), STRINGS).size(), rs.getInt(8), InterviewStatus.valueOf(rs.getString(4)),
                        SqlTime.parse(rs.getString(5)), SqlTime.parse(rs.getString(6)), getDouble(rs, 7)));
            }
        }
        return result;
    }

    /** The snapshot of each card the interview asked, by card id, from its first turn on that card. */
    Map<String, CardSnapshot> snapshots(Connection c, String interviewId) throws SQLException {
        Map<String, CardSnapshot> result = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT card_id, card_title, card_question, card_reference,"
                + " card_source, card_topic FROM turns WHERE interview_id = ? ORDER BY idx")) {
            p.setString(1, interviewId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    CardSnapshot card = new CardSnapshot(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6));
                    if (!card.isEmpty()) {
                        result.putIfAbsent(card.cardId(), card);
                    }
                }
            }
        }
        return result;
    }

    /** Fills empty snapshots (turns saved before snapshots existed) from cards that are still in the notes. */
    int backfill(Connection c, CardSnapshot card) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE turns SET card_title = ?, card_question = ?,"
                + " card_reference = ?, card_source = ?, card_topic = ?"
                + " WHERE card_id = ? AND card_title = '' AND card_question = ''")) {
            p.setString(1, card.title());
            p.setString(2, card.question());
            p.setString(3, card.reference());
            p.setString(4, card.source());
            p.setString(5, card.topic());
            p.setString(6, card.cardId());
            return p.executeUpdate();
        }
    }

    List<String> cardsWithoutSnapshot(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT DISTINCT card_id FROM turns WHERE card_title = '' AND card_question = ''");
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private List<Turn> selectTurns(Connection c, String id) throws SQLException {
        List<Turn> turns = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + TURN_COLUMNS + ", delivery FROM turns WHERE interview_id = ? ORDER BY idx")) {
            p.setString(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    turns.add(turn(rs));
                }
            }
        }
        return turns;
    }

    private Turn turn(ResultSet rs) throws SQLException {
        Prompt prompt = new Prompt(rs.getString(6), Engine.fromLabel(rs.getString(7)), rs.getBoolean(8),
                rs.getBoolean(9), new TokenUsage(rs.getLong(10), rs.getLong(11)));
        String grade = rs.getString(15);
        return new Turn(rs.getInt(1), rs.getInt(2), rs.getString(3), TurnKind.valueOf(rs.getString(4)),
                read(rs.getString(5), INTEGERS), prompt, read(rs.getString(12), HINTS), rs.getString(13),
                TurnStatus.valueOf(rs.getString(14)), grade == null ? null : read(grade, Grade.class),
                new TokenUsage(rs.getLong(16), rs.getLong(17)), SqlTime.parse(rs.getString(18)),
                SqlTime.parse(rs.getString(19)), SqlTime.parse(rs.getString(20)), delivery(rs.getString(21)));
    }

    private Delivery delivery(String stored) {
        return stored == null ? null : read(stored, Delivery.class);
    }

    /** Sets how a turn's spoken answer was delivered (null for a typed one); written with the answer. */
    void updateDelivery(Connection c, String interviewId, int turnIndex, Delivery delivery) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE turns SET delivery = ? WHERE interview_id = ? AND idx = ?")) {
            p.setString(1, delivery == null ? null : write(delivery));
            p.setString(2, interviewId);
            p.setInt(3, turnIndex);
            p.executeUpdate();
        }
    }

    /** Deletes an interview and its turns; false when there was none. */
    boolean delete(Connection c, String interviewId) throws SQLException {
        try (PreparedStatement turns = c.prepareStatement("DELETE FROM turns WHERE interview_id = ?");
                PreparedStatement interview = c.prepareStatement("DELETE FROM interviews WHERE id = ?")) {
            turns.setString(1, interviewId);
            turns.executeUpdate();
            interview.setString(1, interviewId);
            return interview.executeUpdate() == 1;
        }
    }

    /** Sets the twelve mutable columns from prompt_text to grading_output_tokens, starting at {@code from}. */
    private void setMutable(PreparedStatement p, int from, Turn turn) throws SQLException {
        Prompt prompt = turn.prompt();
        p.setString(from, prompt.text());
        p.setString(from + 1, prompt.engine().label());
        p.setBoolean(from + 2, prompt.fallback());
        p.setBoolean(from + 3, prompt.pending());
        p.setLong(from + 4, prompt.usage().input());
        p.setLong(from + 5, prompt.usage().output());
        p.setString(from + 6, write(turn.hints()));
        p.setString(from + 7, turn.answer());
        p.setString(from + 8, turn.status().name());
        p.setString(from + 9, turn.grade() == null ? null : write(turn.grade()));
        p.setLong(from + 10, turn.gradingUsage().input());
        p.setLong(from + 11, turn.gradingUsage().output());
    }

    private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.REAL);
        } else {
            p.setDouble(index, value);
        }
    }

    private static Double getDouble(ResultSet rs, int index) throws SQLException {
        double value = rs.getDouble(index);
        return rs.wasNull() ? null : value;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored list is not valid JSON: " + e.getMessage(), e);
        }
    }
}
