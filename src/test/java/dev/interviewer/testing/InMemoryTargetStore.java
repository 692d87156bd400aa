package dev.interviewer.testing;

import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.QuestionRequirement;
import dev.interviewer.interview.model.SavedTarget;
import dev.interviewer.interview.model.TargetStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Targets and plans in memory: a fake of the target store for tests (the app keeps them in SQLite). */
public final class InMemoryTargetStore implements TargetStore {
    private final Map<String, SavedTarget> targets = new LinkedHashMap<>();
    private final Map<String, List<QuestionRequirement>> plans = new LinkedHashMap<>();
    private final Map<String, String> targetOfInterview = new LinkedHashMap<>();
    private final Random ids = new Random();

    @Override
    public synchronized SavedTarget save(String name, String text, Instant at) {
        String checked = SavedTarget.checkedName(name);
        Optional<SavedTarget> same = targets.values().stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).equals(checked.toLowerCase(Locale.ROOT))).findFirst();
        SavedTarget saved = same.map(t -> new SavedTarget(t.id(), checked, text, t.createdAt(), at))
                .orElseGet(() -> new SavedTarget(newId(), checked, text, at, at));
        targets.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<SavedTarget> list() {
        List<SavedTarget> all = new ArrayList<>(targets.values());
        all.sort(Comparator.comparing(SavedTarget::updatedAt).reversed());
        return all;
    }

    @Override
    public synchronized Optional<SavedTarget> find(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    @Override
    public synchronized boolean delete(String id) {
        return targets.remove(id) != null;
    }

    @Override
    public synchronized void savePlan(String interviewId, String targetId, List<QuestionRequirement> plan) {
        if (plans.containsKey(interviewId)) {
            throw new InterviewException(InterviewException.Reason.CONFLICT,
                    "interview " + interviewId + " already has its plan");
        }
        plans.put(interviewId, List.copyOf(plan));
        targetOfInterview.put(interviewId, targetId == null ? "" : targetId);
    }

    @Override
    public synchronized List<QuestionRequirement> plan(String interviewId) {
        return plans.getOrDefault(interviewId, List.of());
    }

    @Override
    public synchronized Optional<QuestionRequirement> gap(String cardId) {
        return plans.values().stream().flatMap(List::stream).filter(r -> r.gap() && r.cardId().equals(cardId))
                .findFirst();
    }

    @Override
    public synchronized List<String> interviewIds(String targetId) {
        return targetOfInterview.entrySet().stream().filter(e -> e.getValue().equals(targetId))
                .map(Map.Entry::getKey).toList();
    }

    private String newId() {
        byte[] bytes = new byte[8];
        ids.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
