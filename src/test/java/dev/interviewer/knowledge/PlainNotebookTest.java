package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Someone else's plain notebook (src/test/resources/notes/plain): read the way its author wrote it. */
class PlainNotebookTest {
    private final KnowledgeBase notes = new NotesLoader().load(Fixtures.notes("plain"));

    private Card card(String title) {
        return notes.cards().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " in "
                        + notes.cards().stream().map(Card::title).toList()));
    }

    private List<String> points(String title) {
        return card(title).keyPoints().stream().map(KeyPoint::text).toList();
    }

    @Test
    void aQuestionHeadingWithItsAnswerSubHeadingIsOneCardTitledByTheQuestion() {
        Card q1 = card("Why do transformers use positional embeddings?");
        assertThat(q1.id()).isEqualTo("qa-1/why-do-transformers-use-positional-embeddings");
        assertThat(q1.reference()).startsWith("Self-attention is order-agnostic").doesNotContain("✅");
        assertThat(q1.question()).isEqualTo("Why do transformers use positional embeddings?");
        assertThat(notes.cards()).extracting(Card::title).noneMatch(t -> t.contains("Answer"));
    }

    @Test
    void sectionsRepeatedWordForWordInThreeFilesAreFurnitureNotCards() {
        assertThat(notes.cards()).extracting(Card::title)
                .doesNotContain("Support the Author", "qa-1", "qa-2", "qa-3");
        assertThat(notes.problems()).filteredOn(p -> p.message().contains("repeats word for word"))
                .hasSize(2).allMatch(p -> !p.isError());
    }

    @Test
    void aLinkOnlyReferencesSectionIsNotACard() {
        assertThat(notes.cards()).extracting(Card::title).noneMatch(t -> t.startsWith("Reference"));
    }

    @Test
    void numberedQuestionsWithTextBlockAnswersAreCardsAndTheRestOfThePreambleToo() {
        Card regression = card("分类算法和回归算法有什么区别呢?");
        assertThat(regression.reference()).contains("回归预测连续值");
        assertThat(points("分类算法和回归算法有什么区别呢?"))
                .containsExactly("回归预测连续值,比如线性回归 y=kx+b", "分类预测离散的类别,可以把回归的输出离散化");
        assertThat(card("做画像分类到底用什么算法?").askable()).isTrue();
        Card preamble = card("interview-log");
        assertThat(preamble.askable()).isFalse();
        assertThat(preamble.reference()).contains("算法题目", "判断一个二叉树是否对称");
    }

    @Test
    void aBoldQuestionLineInsideTheTextIsTextNotAnAnnotation() {
        Card t5 = card("总结：T5 vs. 标准Transformer");
        assertThat(t5.question()).isEqualTo("请讲讲 总结：T5 vs. 标准Transformer");
        assertThat(t5.reference()).contains("**问题**：假设你要用T5", "- T5：翻译输入前缀");
    }

    @Test
    void aGenericHeadingIsTitledWithItsParentAndNotAsked() {
        Card background = card("T5 · 背景");
        assertThat(background.id()).isEqualTo("t5/t5-背景");
        assertThat(background.askable()).isFalse();
        assertThat(notes.askableCards()).doesNotContain(background);
    }

    @Test
    void derivedKeyPointsAreClaimsNotLeadInsPicturesOrEntities() {
        List<String> gelu = points("GELU");
        assertThat(gelu).contains("$$\\mathrm{GELU}(x)=x\\cdot\\Phi(x)$$")
                .noneMatch(p -> p.contains("下面是") || p.contains("&#") || p.contains("gelu.png") || p.isBlank())
                .noneMatch(p -> p.startsWith("总之"));
        assertThat(gelu).anyMatch(p -> p.startsWith("GELU 在负半轴保留了一小部分输入"));
    }

    @Test
    void questionsAreNotKeyPointsWhenTheSectionMakesEnoughClaims() {
        String log = "## LoRA round\n\n- How did you choose r?\n- A larger r trains more parameters.\n"
                + "- 学习率通常比全参数微调大。\n- 为什么离职？\n- The base weights stay frozen.\n";
        List<String> points = new NoteParser().parse("log.md", log).cards().get(0).keyPoints().stream()
                .map(KeyPoint::text).toList();
        assertThat(points).containsExactly("A larger r trains more parameters.", "学习率通常比全参数微调大。",
                "The base weights stay frozen.");
    }

    @Test
    void aListOfQuestionsIsTheAnswerWhenItIsAllTheSectionHas() {
        String ask = "## Questions to ask the interviewer\n\n- How large is the team?\n"
                + "- 晋升机制是怎样的？\n- What will the team work on next?\n";
        assertThat(new NoteParser().parse("ask.md", ask).cards().get(0).keyPoints())
                .extracting(KeyPoint::text)
                .containsExactly("How large is the team?", "晋升机制是怎样的？", "What will the team work on next?");
    }

    @Test
    void setextHeadingsAreHeadings() {
        ParsedNote note = new NoteParser().parse("s.md", "Decoding\n========\n\nGreedy picks the top token.\n\n"
                + "Beam search\n-----------\n\nKeeps the k best partial sequences.\n");
        assertThat(note.cards()).extracting(Card::title, Card::path)
                .containsExactly(tuple("Decoding", List.of()), tuple("Beam search", List.of("Decoding")));
    }

    @Test
    void cardIdsComeFromTheQuestionAndThePathNotThePosition() {
        String before = "## 📌 Q1: What is A?\n\n### ✅ Answer\n\nA is the first letter.\n";
        String inserted = "## 📌 Q0: What is Z?\n\n### ✅ Answer\n\nZ is the last letter.\n\n" + before;
        String id = new NoteParser().parse("n.md", before).cards().get(0).id();
        assertThat(new NoteParser().parse("n.md", inserted).cards()).extracting(Card::id).contains(id);
        assertThat(id).isEqualTo("n/what-is-a");
    }
}
