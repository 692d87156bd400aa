package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NoteParser;
import dev.interviewer.retrieval.InProcessEmbedder;
import dev.interviewer.retrieval.LexicalTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer is off-topic when it answers another question, not when it also covers a one-line neighbouring note. */
class NeighbouringNoteTest {
    private static final String NOTES = """
            # 检测

            ## 目标检测算法 YOLO

            YOLO 是单阶段检测器，用 YOLO 格式的标签。

            ## 训练自己的数据集

            - 图片和标注按 images/train、images/val、labels/train、labels/val 的目录放好
            - 写一个数据集 YAML，给出训练集和验证集路径、类别数 nc 和类别名 names
            - 标签每行是类别编号和归一化到 0~1 的框中心 x、y 与宽、高
            - 加载预训练权重，调用 model.train 并设置 epochs、imgsz、batch 开始训练
            """;

    @Test
    void aPartialAnswerThatAlsoCoversAOneLineNoteIsGradedNotCalledOffTopic() {
        List<Card> cards = new NoteParser().parse("detection.md", NOTES).cards();
        KnowledgeBase notes = new KnowledgeBase(cards, List.of());
        Card asked = cards.stream().filter(c -> c.title().equals("训练自己的数据集")).findFirst().orElseThrow();
        OfflineGrader grader = new OfflineGrader(new CardVectors(InProcessEmbedder.bge(), new LexicalTerms()),
                () -> notes);
        Grade grade = grader.grade(GradeRequest.of(asked, "YOLO 是单阶段检测器，标签用 YOLO 格式，每行是类别编号加归一化到 0~1 的"
                + "框中心和宽高；然后加载预训练权重，调用 model.train。"));
        assertThat(grade.band()).isNotEqualTo(Band.OFF_TOPIC);
        // Two of the four steps (the label format, loading the weights and training): all four are key points of a
        // note this short, so about half the credit.
        assertThat(asked.keyPoints()).hasSize(4);
        assertThat(grade.score()).isGreaterThanOrEqualTo(4);
        assertThat(grade.covered()).hasSizeGreaterThanOrEqualTo(2);
    }
}
