package dev.interviewer.knowledge;

/** Cards whose reference answer is a sentence or two: an answer can go well beyond what such a note checks. */
public final class ThinNotes {
    // About two short sentences of Chinese, or one of English.
    static final int MIN_LETTERS = 40;

    private ThinNotes() {
    }

    public static boolean isThin(Card card) {
        String plain = InlineMarkdown.plain(card.reference());
        return plain.codePoints().filter(Character::isLetterOrDigit).count() < MIN_LETTERS;
    }
}
