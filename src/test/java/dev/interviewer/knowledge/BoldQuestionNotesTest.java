package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoldQuestionNotesTest {
    private final ParsedNote note = Fixtures.parse("bold-qa.md");

    @Test
    void everyBoldQuestionParagraphIsACard() {
        assertThat(note.problems()).isEmpty();
        assertThat(note.cards()).extracting(Card::title).containsExactly("Deep learning Q&A",
                "What is gradient clipping?", "Why use AdamW instead of Adam with L2?", "什么是 KV cache？",
                "Unanswered question?", "How does warmup help?");
        assertThat(note.cards()).extracting(Card::line).containsExactly(1, 5, 8, 16, 20, 24);
    }

    @Test
    void theAnswerRunsToTheNextQuestionWithoutItsAnswerPrefix() {
        assertThat(Fixtures.card(note, "What is gradient clipping?").reference()).isEqualTo(
                "Rescaling the gradient when its norm exceeds a threshold, so one bad batch cannot blow up the"
                        + " weights.");
        assertThat(Fixtures.card(note, "什么是 KV cache？").reference()).isEqualTo("自回归生成时缓存历史 token 的 K 和 V，避免重复计算。");
        Card adamw = Fixtures.card(note, "Why use AdamW instead of Adam with L2?");
        assertThat(adamw.reference()).startsWith("In Adam, an L2 term")
                .endsWith("- same regularization strength for every weight");
        // Two list items are too few on their own: the prose claims before them join them, all of them in so short a
        // note.
        assertThat(adamw.keyPoints()).extracting(KeyPoint::text).contains("decoupled weight decay",
                "same regularization strength for every weight", "AdamW decouples the decay from the gradient.")
                .hasSize(4);
    }

    @Test
    void boldQuestionsSitUnderTheirHeadingAndAreAskedAsWritten() {
        Card warmup = Fixtures.card(note, "How does warmup help?");
        assertThat(warmup.path()).containsExactly("Deep learning Q&A", "Follow-up section");
        assertThat(warmup.question()).isEqualTo("How does warmup help?");
        assertThat(warmup.questionEn()).isEqualTo("How does warmup help?");
        assertThat(warmup.keyPoints()).extracting(KeyPoint::text).containsExactly(
                "Warmup keeps early updates small while the second-moment estimates of Adam are still noisy.");
        assertThat(Fixtures.card(note, "What is gradient clipping?").keyPoints()).extracting(KeyPoint::text)
                .containsExactly("Rescaling the gradient when its norm exceeds a threshold, so one bad batch cannot"
                        + " blow up the weights.");
    }

    @Test
    void aQuestionWithNoAnswerHasNoReference() {
        assertThat(Fixtures.card(note, "Unanswered question?").hasReference()).isFalse();
    }

    @Test
    void aHeadingWhoseOnlyChildrenAreQuestionsIsAGroup() {
        assertThat(note.cards()).extracting(Card::title).doesNotContain("Follow-up section");
        assertThat(Fixtures.card(note, "Deep learning Q&A").reference()).isEqualTo("Some questions I was asked.");
    }
}
