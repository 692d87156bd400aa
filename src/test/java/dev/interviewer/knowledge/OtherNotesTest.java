package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Someone else's notes (setext headings, task lists, HTML, wiki links, YAML lists): read sensibly, no errors. */
class OtherNotesTest {
    private final KnowledgeBase kb = new NotesLoader().load(folder());

    private static Path folder() {
        try {
            return Path.of(OtherNotesTest.class.getResource("/other-notes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Card card(String title) {
        return kb.cards().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryFileButTheRootReadmeWithoutProblems() {
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).extracting(Card::file).doesNotContain("README.md")
                .contains("ml/optimization/adam.md", "ml/transformers.md", "面试准备.md");
        assertThat(LintReport.of(kb).withoutReference()).containsExactly(
                "ml/transformers.md:44: ml/transformers/layer-norm-placement", "面试准备.md:13: 面试准备/如果重做一次会怎么改");
    }

    @Test
    void setextHeadingsAndClosedAtxHeadingsNestLikeAnyOther() {
        assertThat(card("Self-attention").path()).containsExactly("Transformers");
        assertThat(card("Multi-head attention").path()).containsExactly("Transformers", "Self-attention");
        assertThat(card("Self-attention").tags()).containsExactly("transformer", "nlp");
    }

    @Test
    void taskListBoxesAndWikiLinksAreCleanedFromKeyPoints() {
        assertThat(card("Self-attention").keyPoints()).extracting(KeyPoint::text)
                .containsExactly("Q, K, V projections", "scaled dot product", "masking for the decoder");
        assertThat(card("Positional encodings").keyPoints()).extracting(KeyPoint::text)
                .containsExactly("absolute, learned：example BERT；extrapolates? no",
                        "sinusoidal：example original Transformer；extrapolates? somewhat",
                        "rotary：example LLaMA (RoPE)；extrapolates? with scaling");
        assertThat(card("Positional encodings").reference()).contains("| rotary | LLaMA (RoPE) | with scaling |")
                .doesNotContain("./img/pe.png");
    }

    @Test
    void sentencesSplitAtSentenceEndsOnly() {
        assertThat(card("Learning-rate warmup").keyPoints()).extracting(KeyPoint::text).containsExactly(
                "Warmup ramps the learning rate from ~0 to its peak over the first few thousand steps.",
                "Early on, Adam's second-moment estimate is based on few samples, so the effective step can be huge;"
                        + " warmup keeps it small.");
        assertThat(card("Learning-rate warmup").reference()).contains("```python\ndef lr_at(step, peak, warmup):");
    }

    @Test
    void chineseNumberedHeadingsAndBoldQuestionsWork() {
        assertThat(kb.cards().stream().filter(c -> c.file().equals("面试准备.md")))
                .extracting(Card::title, Card::question).containsExactly(
                        tuple("自我介绍怎么准备？", "自我介绍怎么准备？"),
                        tuple("你在项目里遇到的最大困难是什么？", "你在项目里遇到的最大困难是什么？"),
                        tuple("如果重做一次会怎么改？", "如果重做一次会怎么改？"),
                        tuple("反问环节", "请讲讲 反问环节"));
    }
}
