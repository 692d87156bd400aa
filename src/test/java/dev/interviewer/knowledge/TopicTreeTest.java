package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTreeTest {
    @Test
    void topicsFollowHeadingPathsAndCountAnswerableCards() {
        TopicTree tree = TopicTree.of(Fixtures.parse("seed-style.md").cards());
        assertThat(tree.roots()).extracting(Topic::title, Topic::cards).containsExactly(tuple("面经2025", 8));
        Topic root = tree.roots().get(0);
        assertThat(root.children()).extracting(Topic::title, Topic::cards)
                .containsExactly(tuple("常见问题总结", 6), tuple("基础知识", 2));
        Topic accumulation = root.children().get(1).children().get(0);
        assertThat(accumulation.title()).isEqualTo("梯度累计");
        assertThat(accumulation.path()).containsExactly("面经2025", "基础知识", "梯度累计");
        assertThat(accumulation.cards()).isEqualTo(2);
    }

    @Test
    void aHeadingThatIsBothCardAndTopicCountsItself() {
        ParsedNote note = new NoteParser().parse("t.md", "# RL\n\n概述。\n\n## PPO\n\n裁剪。\n\n## DPO\n");
        TopicTree tree = TopicTree.of(note.cards());
        assertThat(tree.roots()).extracting(Topic::title, Topic::cards).containsExactly(tuple("RL", 2));
        assertThat(tree.roots().get(0).children()).isEmpty();
        assertThat(tree.contains(List.of("RL"), Fixtures.card(note, "RL"))).isTrue();
        assertThat(tree.contains(List.of("RL"), Fixtures.card(note, "PPO"))).isTrue();
    }

    @Test
    void cardsWithNoHeadingAboveThemGoUnderTheirFile() {
        ParsedNote note = new NoteParser().parse("misc/loose.md", "## A\n\ntext\n\n## B\n\ntext\n");
        TopicTree tree = TopicTree.of(note.cards());
        assertThat(tree.roots()).extracting(Topic::title, Topic::cards).containsExactly(tuple("misc/loose", 2));
        assertThat(tree.contains(List.of("misc/loose"), note.cards().get(1))).isTrue();
        assertThat(tree.contains(List.of("other"), note.cards().get(1))).isFalse();
    }
}
