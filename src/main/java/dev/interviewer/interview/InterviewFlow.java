package dev.interviewer.interview;

import dev.interviewer.interview.model.Decision;
import dev.interviewer.interview.model.FollowUpPolicy;
import dev.interviewer.interview.model.Interview;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.QuestionProgress;
import dev.interviewer.interview.model.Turn;
import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.OfflineInterviewer;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.target.GapCards;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides and drafts the interviewer's next message after a turn is closed: the follow-up policy says what comes
 * next, the offline interviewer drafts it, and the draft goes with the decision to whichever interviewer
 * phrases it.
 */
final class InterviewFlow {

    /** The opening turn of a new interview; {@code intro} (may be empty) comes before the greeting. */
    NextStep opening(String id, InterviewConfig config, long seed, List<Card> plan, String intro, Instant now) {
        Card first = plan.get(0);
        OfflineInterviewer words = new OfflineInterviewer(config.language(), config.style().label(), seed);
        String greeting = words.opening(first, plan.size());
        String draft = intro.isEmpty() ? greeting : intro + "\n\n" + greeting;
        Turn turn = Turn.asked(0, 1, first.id(), TurnKind.QUESTION, List.of(), Prompt.offline(draft), now);
        PhraseRequest request = new PhraseRequest(id, 0, MessageKind.QUESTION, config.language(), first.topic(),
                words.question(first), "", "", 1, plan.size(), "", draft, config.style().label(), false);
        return new NextStep(Decision.moveOn(true), turn, request, null);
    }

    /** What follows the last (closed) turn; {@code afterAnswer} is false after a skip. */
    NextStep next(Interview interview, boolean afterAnswer, Instant now) {
        QuestionProgress question = interview.currentQuestion();
        FollowUpPolicy policy = new FollowUpPolicy(interview.config().style().coveredEnough());
        Decision decision = policy.decide(question, interview.config().followUps(),
                interview.hasQuestionAfter(question.number()));
        int index = interview.lastTurn().index() + 1;
        String lastAnswer = afterAnswer ? interview.lastTurn().answer() : "";
        OfflineInterviewer words = words(interview);
        if (decision.step() == Decision.Step.FOLLOW_UP) {
            return followUp(interview, question, decision, index, lastAnswer, words, now);
        }
        Optional<Card> nextCard = nextCard(interview, question.number());
        if (nextCard.isEmpty()) {
            return new NextStep(Decision.moveOn(false), null, null, words.closing(false, afterAnswer, index));
        }
        Card card = nextCard.get();
        int number = interview.stored().cardIds().indexOf(card.id()) + 1;
        // A gap's question was written by the model when the interview was planned: it is asked as written, with
        // its "not in your notes" label, and not phrased again.
        boolean gap = GapCards.isGap(card.id());
        String draft = gap ? words.nextGapQuestion(card, number, interview.totalQuestions(), index, afterAnswer)
                : words.nextQuestion(card, number, interview.totalQuestions(), index, afterAnswer);
        Turn turn = Turn.asked(index, number, card.id(), TurnKind.QUESTION, List.of(), Prompt.offline(draft), now);
        PhraseRequest request = new PhraseRequest(interview.id(), index, MessageKind.QUESTION,
                interview.config().language(), card.topic(), words.question(card), "", "", number,
                interview.totalQuestions(), lastAnswer, draft, interview.config().style().label(), gap);
        return new NextStep(decision, turn, request, null);
    }

    OfflineInterviewer words(Interview interview) {
        InterviewConfig config = interview.config();
        return new OfflineInterviewer(config.language(), config.style().label(), interview.stored().seed());
    }

    private NextStep followUp(Interview interview, QuestionProgress question, Decision decision, int index,
            String lastAnswer, OfflineInterviewer words, Instant now) {
        Card card = interview.requireCard(question.cardId());
        KeyPoint target = decision.target();
        String draft = words.followUp(card, target, interview.answersTo(question.number()), index);
        Turn turn = Turn.asked(index, question.number(), card.id(), TurnKind.FOLLOW_UP, List.of(target.number()),
                Prompt.offline(draft), now);
        boolean english = interview.config().english();
        String curated = card.followUps().stream().filter(f -> f.targetKeyPoint() == target.number())
                .map(f -> english && !f.english().isBlank() ? f.english() : f.question())
                .findFirst().orElse("");
        String targetText = english && !target.english().isBlank() ? target.english() : target.text();
        PhraseRequest request = new PhraseRequest(interview.id(), index, MessageKind.FOLLOW_UP,
                interview.config().language(), card.topic(), words.question(card), targetText, curated,
                question.number(), interview.totalQuestions(), lastAnswer, draft, interview.config().style().label(),
                false);
        return new NextStep(decision, turn, request, null);
    }

    // The next planned card still in the notes; a card removed since the interview began is passed over.
    private static Optional<Card> nextCard(Interview interview, int afterNumber) {
        List<String> ids = interview.stored().cardIds();
        for (int i = afterNumber; i < ids.size(); i++) {
            Optional<Card> card = interview.card(ids.get(i));
            if (card.isPresent()) {
                return card;
            }
        }
        return Optional.empty();
    }
}
