package dev.interviewer.enrich;

import dev.interviewer.enrich.Suggestion.Kind;
import dev.interviewer.enrich.Suggestion.Status;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The review of suggested annotations: accept, edit (and accept) or reject each item, or accept all of a card's.
 * Accepted items are written to the notes folder ({@link AnnotationFiles}) before the queue records them, so the
 * queue never claims what the notes do not have; the notes folder's watcher then reloads the card.
 */
public final class ReviewService {
    private final ReviewQueue queue;
    private final Supplier<KnowledgeBase> knowledge;
    private final AnnotationFiles files;

    public ReviewService(ReviewQueue queue, Supplier<KnowledgeBase> knowledge, AnnotationFiles files) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.files = Objects.requireNonNull(files, "files");
    }

    /** What a reviewer does with one item. */
    public enum Action { ACCEPT, REJECT, EDIT }

    /** A reviewer's wording for an item; null fields keep the suggestion's. */
    public record Edit(String text, String english, Double weight, String correction) {
    }

    /** One line per card in the queue: how many items wait, were accepted or rejected. */
    public record Summary(String cardId, String title, String file, long pending, long accepted, long rejected) {
    }

    public List<Summary> list() {
        return queue.all().stream().map(s -> new Summary(s.cardId(), s.title(), s.file(),
                s.count(Status.PENDING), s.count(Status.ACCEPTED), s.count(Status.REJECTED))).toList();
    }

    public CardSuggestions get(String cardId) {
        return queue.find(cardId).orElseThrow(() -> new ReviewException(ReviewException.Reason.NOT_FOUND,
                "no suggestions for card " + cardId + " (run enrich first)"));
    }

    public synchronized CardSuggestions decide(String cardId, String itemId, Action action, Edit edit) {
        CardSuggestions suggestions = get(cardId);
        Suggestion item = suggestions.item(itemId).orElseThrow(() -> new ReviewException(
                ReviewException.Reason.NOT_FOUND, "card " + cardId + " has no suggestion " + itemId));
        return switch (action) {
            case REJECT -> reject(suggestions, item);
            case ACCEPT -> item.accepted() ? suggestions
                    : accept(suggestions, List.of(item.withStatus(Status.ACCEPTED)));
            case EDIT -> accept(suggestions, List.of(edited(item, edit == null ? new Edit(null, null, null, null)
                    : edit)));
        };
    }

    /** Accepts every item still pending (rejected ones stay rejected). */
    public synchronized CardSuggestions acceptAll(String cardId) {
        CardSuggestions suggestions = get(cardId);
        List<Suggestion> pending = suggestions.items().stream().filter(s -> s.status() == Status.PENDING)
                .map(s -> s.withStatus(Status.ACCEPTED)).toList();
        return pending.isEmpty() ? suggestions : accept(suggestions, pending);
    }

    private CardSuggestions reject(CardSuggestions suggestions, Suggestion item) {
        if (item.accepted()) {
            throw new ReviewException(ReviewException.Reason.CONFLICT, "suggestion " + item.id() + " of "
                    + suggestions.cardId() + " is already written to the notes; remove it there");
        }
        CardSuggestions next = suggestions.with(List.of(item.withStatus(Status.REJECTED)), suggestions.written());
        queue.save(next);
        return next;
    }

    private CardSuggestions accept(CardSuggestions suggestions, List<Suggestion> changed) {
        Card card = knowledge.get().card(suggestions.cardId()).orElseThrow(() -> new ReviewException(
                ReviewException.Reason.NOT_FOUND, "card " + suggestions.cardId() + " is no longer in the notes"));
        CardSuggestions next = suggestions.with(changed, suggestions.written());
        AnnotationFiles.Written written;
        try {
            written = files.write(card, suggestions.placement(), suggestions.written(),
                    AnnotationBlock.render(next.accepted()));
        } catch (AnnotationFiles.EditedByHandException e) {
            throw new ReviewException(ReviewException.Reason.CONFLICT, e.getMessage());
        }
        CardSuggestions saved = next.with(List.of(), written.text());
        queue.save(saved);
        return saved;
    }

    /** The item with the reviewer's wording, checked as the notes format needs it. */
    static Suggestion edited(Suggestion item, Edit edit) {
        String text = edit.text() == null ? item.text() : ProposalCheck.clean(edit.text());
        if (text.isEmpty()) {
            throw invalid("the text of " + item.id() + " cannot be empty");
        }
        if (item.kind() == Kind.LEVEL && !text.matches("[123]")) {
            throw invalid("a level is 1, 2 or 3: " + text);
        }
        double weight = edit.weight() == null ? item.weight() : edit.weight();
        if (item.kind() == Kind.KEY_POINT && !(weight >= 1 && weight <= 3)) {
            throw invalid("a key point's weight is 1-3: " + weight);
        }
        String english = edit.english() == null ? item.english() : ProposalCheck.clean(edit.english());
        String correction = edit.correction() == null ? item.correction() : ProposalCheck.clean(edit.correction());
        return item.edited(text, english, item.kind() == Kind.KEY_POINT ? weight : 0, correction);
    }

    private static ReviewException invalid(String message) {
        return new ReviewException(ReviewException.Reason.INVALID, message);
    }
}
