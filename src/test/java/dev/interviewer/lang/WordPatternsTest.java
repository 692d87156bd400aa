package dev.interviewer.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordPatternsTest {
    @Test
    void anyOfMatchesTheLongerOfTwoWordsThatStartAlikeWhateverTheirOrder() {
        Pattern negation = Pattern.compile(WordPatterns.anyOf(List.of("没", "没有", "不需", "不需要")));
        assertThat(negation.matcher("没有用").results().map(m -> m.group()).toList()).containsExactly("没有");
        assertThat(negation.matcher("不需要参考模型").results().map(m -> m.group()).toList()).containsExactly("不需要");
    }

    @Test
    void anyOfTakesWordsLiterallyAndAnEmptyListMatchesNothing() {
        assertThat(Pattern.compile(WordPatterns.anyOf(List.of("e.g.", "a+b"))).matcher("eXg a+b").results().count())
                .isEqualTo(1);
        Pattern nothing = Pattern.compile("x" + WordPatterns.anyOf(List.of()) + "?y|" + WordPatterns.anyOf(List.of()));
        assertThat(nothing.matcher("xy").matches()).isTrue();
        assertThat(nothing.matcher("").find()).isFalse();
    }

    @Test
    void inTextFindsChineseWordsAnywhereAndOtherWordsWholeInAnyCase() {
        Pattern contrast = Pattern.compile(WordPatterns.inText(List.of("而是", "but", "rather than")));
        assertThat(contrast.matcher("不是A而是B").find()).isTrue();
        assertThat(contrast.matcher("fine, But slow").find()).isTrue();
        assertThat(contrast.matcher("RATHER THAN that").find()).isTrue();
        assertThat(contrast.matcher("butter and rebuttal").find()).isFalse();
    }

    @Test
    void anyPatternKeepsAnInlineFlagToItsOwnLine() {
        Pattern p = Pattern.compile(WordPatterns.anyPattern(List.of("(?i)^what\\b", "AB$")));
        assertThat(p.matcher("What is it").find()).isTrue();
        assertThat(p.matcher("xAB").find()).isTrue();
        assertThat(p.matcher("xab").find()).isFalse();
        assertThat(Pattern.compile(WordPatterns.anyPattern(List.of())).matcher("anything").find()).isFalse();
    }
}
