package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations kept next to a note ({@code <name>.annotations.md}) merge into its cards; lint reports their problems. */
class SidecarsTest {
    private static final String NOTE = """
            # LoRA

            LoRA 冻结预训练权重，只训练低秩矩阵 A 和 B，更新量为 BA。秩 r 远小于维度，所以可训练参数很少。
            推理时可以把 BA 合并回原权重，没有额外延迟。

            # Adapter

            Adapter 在层之间插入小的瓶颈网络。
            """;

    @TempDir
    Path dir;

    private KnowledgeBase load(String sidecar) throws IOException {
        Files.writeString(dir.resolve("peft.md"), NOTE);
        Files.writeString(dir.resolve("peft.annotations.md"), sidecar);
        return new NotesLoader().load(dir);
    }

    @Test
    void theSidecarsListsReplaceTheDerivedOnesAndItIsNotReadAsANote() throws IOException {
        KnowledgeBase kb = load("""
                ## peft/lora

                **Key points**
                - [w=2] 冻结预训练权重，只训练低秩矩阵 A、B | en: freezes the weights and trains low-rank A and B
                - [w=1] 推理时 BA 可合并回权重，无额外延迟 | en: BA merges back, no inference latency

                **Follow-ups**
                - [kp=2] 推理时为什么没有额外开销？ | en: Why is there no inference overhead?

                **Pitfalls**
                - LoRA 会增加推理延迟 => 合并后没有额外延迟 | en: LoRA adds inference latency

                **Level**：2

                **Tags**：peft, lora
                """);

        assertThat(kb.problems()).isEmpty();
        assertThat(kb.cards()).extracting(Card::file).containsOnly("peft.md");
        Card lora = kb.card("peft/lora").orElseThrow();
        assertThat(lora.keyPoints()).extracting(KeyPoint::number, KeyPoint::weight, KeyPoint::english).containsExactly(
                tuple(1, 2.0, "freezes the weights and trains low-rank A and B"),
                tuple(2, 1.0, "BA merges back, no inference latency"));
        assertThat(lora.followUps()).extracting(FollowUp::targetKeyPoint).containsExactly(2);
        assertThat(lora.pitfalls()).extracting(Pitfall::claim, Pitfall::correction)
                .containsExactly(tuple("LoRA 会增加推理延迟", "合并后没有额外延迟"));
        assertThat(lora.level()).isEqualTo(2);
        assertThat(lora.tags()).containsExactly("peft", "lora");
        assertThat(lora.reference()).startsWith("LoRA 冻结预训练权重");
        assertThat(kb.card("peft/adapter").orElseThrow().pitfalls()).isEmpty();
    }

    @Test
    void aCardMayBeNamedByAUniqueTitle() throws IOException {
        KnowledgeBase kb = load("## Adapter\n\n**Pitfalls**\n- Adapter 不增加参数 => 它插入了新参数\n");
        assertThat(kb.problems()).isEmpty();
        assertThat(kb.card("peft/adapter").orElseThrow().pitfalls()).hasSize(1);
    }

    @Test
    void lintReportsUnknownCardsStrayTextBadItemsAndOrphanSidecars() throws IOException {
        Files.writeString(dir.resolve("gone.annotations.md"), "## x\n\n**Tags**: a\n");
        KnowledgeBase kb = load("""
                ## peft/nope

                **Tags**: a

                ## peft/lora

                Some prose that is not an annotation.

                **Key points**
                - [w=9] 权重太大
                """);

        LintReport report = LintReport.of(kb);
        assertThat(report.clean()).isFalse();
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("peft.annotations.md:1: ")
                .contains("\"peft/nope\" names no card of peft.md"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("peft.annotations.md:5: ")
                .contains("not an annotation"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("peft.annotations.md:10: ")
                .contains("weight must be from 1 to 3"));
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("gone.annotations.md:0: ")
                .contains("gone.md"));
    }
}
