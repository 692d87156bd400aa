package dev.interviewer.interview;

import dev.interviewer.interview.model.ReviewSchedule;
import dev.interviewer.interview.model.TopicFilter;
import dev.interviewer.interview.report.Report;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which cards leave the app for study elsewhere (an Anki export): every card with a reference answer, the weak
 * ones (last answered weakly, the weakest first), the due ones (due for review now, the most forgotten first), or
 * the ones an interview's report lists for review; narrowed to topics. Only cards still in the notes and with a
 * reference answer can go: without one there is nothing to put on the back.
 */
public final class CardChoice {
    /** The cards to choose from. */
    public enum Which {
        ALL, WEAK, DUE;

        /** "all", "weak" or "due", any case. */
        public static Which parse(String text) {
            for (Which which : values()) {
                if (which.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return which;
                }
            }
            throw new IllegalArgumentException("select must be all, weak or due: " + text);
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The chosen cards, in order, and how many reviewed cards were left out because they have left the notes or
     * lost their reference answer.
     */
    public record Chosen(List<Card> cards, int gone) {
        public Chosen {
            cards = List.copyOf(cards);
        }
    }

    private final Supplier<KnowledgeBase> knowledge;
    private final Supplier<ReviewSchedule> schedule;
    private final Clock clock;

    /** @param schedule opened only for the weak and due choices (the store may not exist for "all") */
    public CardChoice(Supplier<KnowledgeBase> knowledge, Supplier<ReviewSchedule> schedule, Clock clock) {
        this.knowledge = knowledge;
        this.schedule = schedule;
        this.clock = clock;
    }

    public Chosen choose(Which which, List<String> topics) {
        TopicFilter filter = new TopicFilter(topics);
        KnowledgeBase kb = knowledge.get();
        return switch (which) {
            case ALL -> new Chosen(kb.answerableCards().stream().filter(filter::matches).toList(), 0);
            case WEAK -> byIds(kb, schedule.get().weak(clock.instant()), filter);
            case DUE -> byIds(kb, schedule.get().dueNow(clock.instant()), filter);
        };
    }

    /** The cards the report lists for review (scored below 7, or helped by a hint), the weakest first. */
    public Chosen ofReport(Report report) {
        return byIds(knowledge.get(), report.review().stream().map(Report.ReviewItem::cardId).toList(),
                new TopicFilter(List.of()));
    }

    private static Chosen byIds(KnowledgeBase kb, List<String> ids, TopicFilter filter) {
        List<Card> cards = new ArrayList<>();
        int gone = 0;
        for (String id : ids) {
            Optional<Card> card = kb.card(id).filter(Card::hasReference);
            if (card.isEmpty()) {
                gone++;
            } else if (filter.matches(card.get())) {
                cards.add(card.get());
            }
        }
        return new Chosen(cards, gone);
    }
}
