package dev.interviewer.testing;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.FollowUp;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.Pitfall;
import java.util.List;

/**
 * Test cards, built by name rather than by fourteen positions. Defaults: file {@code notes.md}, line 1, no
 * headings above it, the title as the question, no reference, key points, follow-ups, pitfalls, tags or sources,
 * level 1, askable.
 * <pre>
 * Card card = CardBuilder.card("rl/ppo").title("PPO").reference("...").keyPoints(points).build();
 * </pre>
 */
public final class CardBuilder {
    private String id;
    private String file = "notes.md";
    private int line = 1;
    private List<String> path = List.of();
    private String title;
    private String question;
    private String questionEn = "";
    private String reference = "";
    private List<KeyPoint> keyPoints = List.of();
    private List<FollowUp> followUps = List.of();
    private List<Pitfall> pitfalls = List.of();
    private int level = 1;
    private List<String> tags = List.of();
    private List<String> sources = List.of();
    private boolean askable = true;

    private CardBuilder(String id) {
        this.id = id;
    }

    public static CardBuilder card(String id) {
        return new CardBuilder(id);
    }

    /** A copy of the card, to change a part of it. */
    public static CardBuilder from(Card card) {
        return card(card.id()).file(card.file()).line(card.line()).path(card.path()).title(card.title())
                .question(card.question()).questionEn(card.questionEn()).reference(card.reference())
                .keyPoints(card.keyPoints()).followUps(card.followUps()).pitfalls(card.pitfalls()).level(card.level())
                .tags(card.tags()).sources(card.sources()).askable(card.askable());
    }

    /** Another id: for a variant of a card copied with {@link #from}. */
    public CardBuilder id(String value) {
        this.id = value;
        return this;
    }

    public CardBuilder file(String value) {
        this.file = value;
        return this;
    }

    public CardBuilder line(int value) {
        this.line = value;
        return this;
    }

    /** The headings above the card, outermost first; the first is its topic. */
    public CardBuilder path(List<String> value) {
        this.path = value;
        return this;
    }

    public CardBuilder title(String value) {
        this.title = value;
        return this;
    }

    public CardBuilder question(String value) {
        this.question = value;
        return this;
    }

    public CardBuilder questionEn(String value) {
        this.questionEn = value;
        return this;
    }

    public CardBuilder reference(String value) {
        this.reference = value;
        return this;
    }

    public CardBuilder keyPoints(List<KeyPoint> value) {
        this.keyPoints = value;
        return this;
    }

    public CardBuilder followUps(List<FollowUp> value) {
        this.followUps = value;
        return this;
    }

    public CardBuilder pitfalls(List<Pitfall> value) {
        this.pitfalls = value;
        return this;
    }

    public CardBuilder level(int value) {
        this.level = value;
        return this;
    }

    public CardBuilder tags(List<String> value) {
        this.tags = value;
        return this;
    }

    public CardBuilder sources(List<String> value) {
        this.sources = value;
        return this;
    }

    /** False for a card an interview must not ask (a preamble, a generic heading). */
    public CardBuilder askable(boolean value) {
        this.askable = value;
        return this;
    }

    public Card build() {
        String shownTitle = title == null ? id : title;
        return new Card(id, file, line, path, shownTitle, question == null ? shownTitle : question, questionEn,
                reference, keyPoints, followUps, pitfalls, level, tags, sources, askable);
    }
}
