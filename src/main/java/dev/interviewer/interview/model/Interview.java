package dev.interviewer.interview.model;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An interview as the domain sees it: the stored record, its state, and its questions with their progress.
 * Immutable; every change goes through the store and a fresh {@code Interview} is read back.
 */
public final class Interview {
    private final StoredInterview stored;
    private final Function<String, Optional<Card>> cards;
    private final Map<Integer, QuestionProgress> questions = new LinkedHashMap<>();

    public Interview(StoredInterview stored, Function<String, Optional<Card>> cards) {
        this.stored = stored;
        this.cards = cards;
        Map<Integer, List<Turn>> byQuestion = stored.turns().stream()
                .collect(Collectors.groupingBy(Turn::question, LinkedHashMap::new, Collectors.toList()));
        byQuestion.forEach((number, turns) -> questions.put(number,
                new QuestionProgress(number, keyPoints(turns.get(0).cardId()), turns)));
    }

    public StoredInterview stored() {
        return stored;
    }

    public String id() {
        return stored.id();
    }

    public InterviewConfig config() {
        return stored.config();
    }

    public InterviewState state() {
        if (stored.status().over()) {
            return InterviewState.FINISHED;
        }
        Turn last = lastTurn();
        return switch (last.status()) {
            case ASKED -> last.kind() == TurnKind.FOLLOW_UP ? InterviewState.FOLLOWING_UP : InterviewState.ASKING;
            case ANSWERED -> InterviewState.GRADING;
            case GRADED, SKIPPED -> InterviewState.DECIDING;
        };
    }

    /** Refuses a request the current state does not allow. */
    public void require(InterviewState... allowed) {
        InterviewState state = state();
        for (InterviewState s : allowed) {
            if (s == state) {
                return;
            }
        }
        if (state == InterviewState.FINISHED) {
            throw new InterviewException(InterviewException.Reason.FINISHED,
                    "interview " + id() + " is " + stored.status().label());
        }
        throw new InterviewException(InterviewException.Reason.CONFLICT,
                "interview " + id() + " is " + state.label() + "; try again in a moment");
    }

    public Turn lastTurn() {
        return stored.turns().get(stored.turns().size() - 1);
    }

    public int totalQuestions() {
        return stored.cardIds().size();
    }

    public List<QuestionProgress> questions() {
        return List.copyOf(questions.values());
    }

    public QuestionProgress currentQuestion() {
        return questions.get(lastTurn().question());
    }

    /** The progress of main question {@code number} (from 1), empty when it was not reached. */
    public Optional<QuestionProgress> question(int number) {
        return Optional.ofNullable(questions.get(number));
    }

    public boolean hasQuestionAfter(int number) {
        return number < totalQuestions();
    }

    public Optional<Card> card(String cardId) {
        return cards.apply(cardId);
    }

    /** The card of a turn; a card removed from the notes mid-interview cannot be graded or followed up. */
    public Card requireCard(String cardId) {
        return card(cardId).orElseThrow(() -> new InterviewException(InterviewException.Reason.CONFLICT,
                "card " + cardId + " is no longer in the notes; skip this question"));
    }

    /** Everything the candidate said for one question, so cues avoid what they already named. */
    public String answersTo(int question) {
        List<String> answers = new ArrayList<>();
        Optional.ofNullable(questions.get(question)).ifPresent(q -> q.turns().forEach(t -> answers.add(t.answer())));
        return String.join("\n", answers);
    }

    private List<KeyPoint> keyPoints(String cardId) {
        return cards.apply(cardId).map(Card::keyPoints).orElse(List.of());
    }
}
