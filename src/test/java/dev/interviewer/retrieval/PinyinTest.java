package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTest {
    @Test
    void chineseBecomesPairsOfAdjacentSyllablesPerRun() {
        assertThat(Pinyin.pairsOf("你的职业规划是什么？")).isEqualTo("nide dezhi zhiye yegui guihua huashi shishen shenme");
        assertThat(Pinyin.pairsOf("KV cache 显存")).isEqualTo("xiancun");
        assertThat(Pinyin.pairsOf("LoRA")).isEmpty();
    }

    @Test
    void pinyinWordsSplitIntoSyllablesWhereverTheSpacesFall() {
        assertThat(Pinyin.queryPairs(List.of("zhiye", "guihua"))).containsExactly("zhiye", "yegui", "guihua");
        assertThat(Pinyin.queryPairs(List.of("zhi", "ye", "gui", "hua"))).containsExactly("zhiye", "yegui", "guihua");
        assertThat(Pinyin.queryPairs(List.of("zhiyeguihua"))).containsExactly("zhiye", "yegui", "guihua");
    }

    @Test
    void englishWordsAreNotPinyin() {
        assertThat(Pinyin.split("attention")).isEmpty();
        assertThat(Pinyin.queryPairs(List.of("transformer", "layer"))).isEmpty();
    }
}
