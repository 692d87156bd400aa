package dev.interviewer.interview.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryMeterTest {
    private final DeliveryMeter meter = DeliveryMeter.standard();

    private Delivery measure(String transcript, double seconds, Double... pauses) {
        return meter.measure(new SpokenAnswer(transcript, seconds, List.of(pauses)));
    }

    @Test
    void countsEnglishWordsPerMinute() {
        // 20 words in 10 s: 120 a minute, a steady pace.
        Delivery d = measure("LoRA freezes the base weights and learns a low-rank update BA that is added to "
                + "the frozen weight matrix W", 10);
        assertThat(d.unit()).isEqualTo(Delivery.WORDS);
        assertThat(d.count()).isEqualTo(20);
        assertThat(d.perMinute()).isEqualTo(120);
        assertThat(d.pace()).isEqualTo(Pace.STEADY);
    }

    @Test
    void countsChineseCharactersAndEachEnglishTermAsOne() {
        // 14 Han characters and 2 English terms in 4 s: 16 units, 240 a minute.
        Delivery d = measure("LoRA 冻结原模型权重，只训练低秩矩阵 BA", 4);
        assertThat(d.unit()).isEqualTo(Delivery.CHARACTERS);
        assertThat(d.count()).isEqualTo(16);
        assertThat(d.perMinute()).isEqualTo(240);
        assertThat(d.pace()).isEqualTo(Pace.STEADY);
    }

    @Test
    void tellsSlowAndFastApartPerUnit() {
        assertThat(measure("one two three four five", 2.5).pace()).isEqualTo(Pace.STEADY);
        assertThat(measure("one two three four five", 1.5).pace()).isEqualTo(Pace.FAST);
        assertThat(measure("one two three four five", 10).pace()).isEqualTo(Pace.SLOW);
        assertThat(measure("一二三四五六七八九十一二三四五六七八九十", 3).pace()).isEqualTo(Pace.FAST);
        assertThat(measure("一二三四五六七八九十", 3).pace()).isEqualTo(Pace.STEADY);
        assertThat(measure("一二三四五六七八九十", 6).pace()).isEqualTo(Pace.SLOW);
    }

    @Test
    void countsChineseFillersButNotTheSameWordsUsedAsWords() {
        Delivery d = measure("嗯，那个，就是说注意力要除以根号 d。然后呢，嗯嗯，先做 SFT，然后做 RLHF，那个模型就是这样。", 30);
        // 嗯 x3; 那个 before a comma (not "那个模型"); 然后 before 呢 (not "然后做"); 就是 before nothing pause-like.
        assertThat(d.fillerWords()).containsEntry("嗯", 3).containsEntry("那个", 1).containsEntry("然后", 1)
                .doesNotContainKey("就是");
        assertThat(d.fillers()).isEqualTo(5);
        assertThat(d.fillersPerMinute()).isEqualTo(10.0);
        assertThat(d.fillerWords().keySet()).first().isEqualTo("嗯");
    }

    @Test
    void countsEnglishFillersAsWholeWordsAndLikeOnlyNextToAPause() {
        Delivery d = measure("Um, so the model is, like, huge. Uh, models like GPT, you know, use it. Do you know"
                + " why? Umm, yes. A drum is not um-related", 60);
        assertThat(d.fillerWords()).containsEntry("um", 2).containsEntry("umm", 1).containsEntry("uh", 1)
                .containsEntry("like", 1).containsEntry("you know", 1);
        assertThat(d.fillers()).isEqualTo(6);
    }

    @Test
    void countsLongPausesAndTheLongest() {
        Delivery d = measure("one two three", 20, 0.4, 1.5, 3.2, 1.49);
        assertThat(d.longPauses()).isEqualTo(2);
        assertThat(d.longestPause()).isEqualTo(3.2);
        assertThat(measure("one", 5).longPauses()).isZero();
    }

    @Test
    void refusesFiguresThatAreNoMeasurement() {
        assertThatThrownBy(() -> new SpokenAnswer("x", 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("voice.seconds");
        assertThatThrownBy(() -> new SpokenAnswer("x", 10, List.of(11.0)))
                .hasMessageContaining("voice.pauses");
        assertThatThrownBy(() -> new SpokenAnswer("x", Double.NaN, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void summarisesAnInterviewInTheUnitMostOfItWasSpokenIn() {
        Delivery zh1 = measure("嗯，这个问题我觉得是这样的", 6);
        Delivery zh2 = measure("注意力除以根号 d 是为了稳定方差", 6);
        Delivery en = measure("um the answer is yes", 3);
        VoiceSummary summary = VoiceSummary.of(List.of(zh1, zh2, en), 5);
        assertThat(summary.spoken()).isEqualTo(3);
        assertThat(summary.answered()).isEqualTo(5);
        assertThat(summary.seconds()).isEqualTo(15.0);
        assertThat(summary.unit()).isEqualTo(Delivery.CHARACTERS);
        assertThat(summary.perMinute()).isEqualTo(Math.round((zh1.count() + zh2.count()) / 0.2));
        assertThat(summary.fillers()).isEqualTo(2);
        assertThat(summary.fillersPerMinute()).isEqualTo(8.0);
        assertThat(summary.fillerWords()).containsEntry("嗯", 1).containsEntry("um", 1);
        assertThat(VoiceSummary.of(List.of(), 4)).isNull();
    }
}
