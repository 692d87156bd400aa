package dev.interviewer.interview.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.knowledge.Card;
import dev.interviewer.testing.CardBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicFilterTest {
    private static final Card IMPORTED = CardBuilder.card("imported/ml-deck/default/what-is-lora")
            .file("imported/ml-deck/Default.md").path(List.of("Default")).title("What is LoRA?").build();
    private static final Card BUNDLED = CardBuilder.card("finetuning/lora").file("finetuning.md")
            .path(List.of("微调")).title("LoRA").tags(List.of("peft")).build();

    @Test
    void aFolderOfTheNotesSelectsTheCardsUnderIt() {
        assertThat(new TopicFilter(List.of("imported/ml-deck")).matches(IMPORTED)).isTrue();
        assertThat(new TopicFilter(List.of("imported")).matches(IMPORTED)).isTrue();
        assertThat(new TopicFilter(List.of("imported/ml-deck")).matches(BUNDLED)).isFalse();
        assertThat(new TopicFilter(List.of("imported/other-deck")).matches(IMPORTED)).isFalse();
    }

    @Test
    void headingsTagsAndFilesStillSelectAsBefore() {
        assertThat(new TopicFilter(List.of("微调")).matches(BUNDLED)).isTrue();
        assertThat(new TopicFilter(List.of("PEFT")).matches(BUNDLED)).isTrue();
        assertThat(new TopicFilter(List.of("finetuning.md")).matches(BUNDLED)).isTrue();
        assertThat(new TopicFilter(List.of("default")).matches(IMPORTED)).isTrue();
        assertThat(new TopicFilter(List.of("rlhf")).matches(BUNDLED)).isFalse();
    }
}
