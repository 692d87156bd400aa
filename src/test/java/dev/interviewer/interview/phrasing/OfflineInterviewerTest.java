package dev.interviewer.interview.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interviewer.interview.Fixtures;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfflineInterviewerTest {
    private final Card attention = Fixtures.attention();

    @Test
    void asksTheCuratedFollowUpAimedAtTheMissedPoint() {
        String zh = new OfflineInterviewer("zh", 1).followUp(attention, attention.keyPoint(2), "", 1);
        String en = new OfflineInterviewer("en", 1).followUp(attention, attention.keyPoint(2), "", 1);

        assertThat(zh).contains("softmax 饱和时梯度为什么会变小？");
        assertThat(en).contains("Why do gradients shrink when softmax saturates?");
    }

    @Test
    void aTemplateFollowUpNamesACueFromThePointButNotThePointItself() {
        KeyPoint variance = attention.keyPoint(1);
        String zh = new OfflineInterviewer("zh", 1).followUp(attention, variance, "", 1);

        assertThat(zh).doesNotContain(variance.text()).contains("点积");
    }

    @Test
    void theCueAvoidsWhatTheCandidateAlreadySaid() {
        KeyPoint saturation = new KeyPoint(4, "logits 过大使 softmax 饱和、梯度消失", "", 2);
        OfflineInterviewer words = new OfflineInterviewer("zh", 1);

        assertThat(words.hint(attention, saturation, "", 0)).contains("softmax");
        assertThat(words.hint(attention, saturation, "我觉得 softmax 会很尖", 0)).doesNotContain("softmax")
                .contains("梯度");
    }

    @Test
    void aHintNudgesWithoutGivingThePointAway() {
        List<KeyPoint> points = List.of(
                new KeyPoint(1, "点积的方差随 d_k 线性增长", "the variance of the dot product grows linearly with d_k", 3),
                new KeyPoint(2, "logits 过大使 softmax 饱和、梯度消失", "large logits saturate softmax and make gradients vanish",
                        3),
                new KeyPoint(3, "除以 √d_k 使方差回到 1，训练更稳定", "dividing by sqrt(d_k) brings the variance back to 1", 2));
        for (KeyPoint k : points) {
            String zh = new OfflineInterviewer("zh", 5).hint(attention, k, "", 2);
            String en = new OfflineInterviewer("en", 5).hint(attention, k, "", 2);
            assertThat(zh).contains("提示").doesNotContain(k.text()).contains("一半");
            assertThat(en).doesNotContain(k.english()).contains("half credit");
        }
    }

    @Test
    void speaksTheInterviewsLanguage() {
        String zh = new OfflineInterviewer("zh", 3).opening(attention, 5);
        String en = new OfflineInterviewer("en", 3).opening(attention, 5);

        assertThat(zh).contains("第 1/5 题：" + attention.question());
        assertThat(en).contains("Question 1 of 5: " + attention.questionEn()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void theSameSeedPhrasesTheSameWayAndTurnsVary() {
        OfflineInterviewer a = new OfflineInterviewer("zh", 42);
        OfflineInterviewer b = new OfflineInterviewer("zh", 42);
        Card next = Fixtures.card("lora", "Finetuning", 1, 1);

        List<String> first = IntStream.range(1, 9).mapToObj(t -> a.nextQuestion(next, 2, 5, t, true)).toList();
        List<String> again = IntStream.range(1, 9).mapToObj(t -> b.nextQuestion(next, 2, 5, t, true)).toList();

        assertThat(first).isEqualTo(again);
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i)).as("turn %d repeats turn %d", i + 1, i).isNotEqualTo(first.get(i - 1));
        }
        Set<String> openings = new HashSet<>();
        IntStream.range(0, 20).forEach(s -> openings.add(new OfflineInterviewer("en", s).opening(attention, 3)));
        assertThat(openings).hasSizeGreaterThan(1);
    }

    @Test
    void acknowledgementsDoNotJudgeTheAnswer() {
        for (Phrasebook words : List.of(Phrasebook.of("zh"), Phrasebook.of("en"))) {
            assertThat(words.acknowledgements()).noneMatch(a -> a.matches(
                    "(?i).*(正确|不对|错|很好|不错|完美|\\b(good|great|wrong|correct|excellent|perfect|right)\\b).*"));
        }
    }

    @Test
    void spacesLatinTermsInChineseSentences() {
        KeyPoint saturation = new KeyPoint(4, "logits 过大使 softmax 饱和", "", 2);
        String hint = new OfflineInterviewer("zh", 0).hint(attention, saturation, "", 1);
        String next = new OfflineInterviewer("zh", 0).nextQuestion(Fixtures.card("lora", "Finetuning", 1, 1), 2, 3,
                1, true);

        assertThat(hint).containsAnyOf("想想 softmax。", "「softmax」");
        assertThat(next).doesNotContain("。 ").doesNotContainPattern("\\p{IsHan}[A-Za-z]");
    }

    @Test
    void aSkipGetsNoAcknowledgement() {
        OfflineInterviewer words = new OfflineInterviewer("zh", 9);
        String afterSkip = words.nextQuestion(attention, 2, 3, 4, false);

        assertThat(Phrasebook.of("zh").acknowledgements()).noneMatch(afterSkip::startsWith);
    }
}
