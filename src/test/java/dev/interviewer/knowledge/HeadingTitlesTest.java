package dev.interviewer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.简单介绍一下 RLHF？|简单介绍一下 RLHF？",
        "3、PPO 的 clip|PPO 的 clip",
        "1.2.3 Adam|Adam",
        "(4) LoRA|LoRA",
        "三、DPO|DPO",
        "Q12: What is KV cache?|What is KV cache?",
        "**Bold** and *em* title|Bold and em title",
        "`k1` k2 k3|k1 k2 k3",
        "1.5B 模型|1.5B 模型",
        "3D 卷积|3D 卷积",
        "k1 k2 k3|k1 k2 k3",
        "zero3|zero3",
        "位置编码(RoPE)|位置编码(RoPE)",
        "FP16 和 BF16 的区别|FP16 和 BF16 的区别",
        "DAPO(参考 https://www.zhihu.com/question/1)|DAPO",
        "MCP和function call的区别?(https://zhuanlan.zhihu.com/p/1)|MCP和function call的区别?",
        "[Post-Training总结](https://mp.weixin.qq.com/s/x)|Post-Training总结",
        "see https://example.com/a for more|see for more",
    })
    void cleansTheTitle(String heading, String title) {
        assertThat(HeadingTitles.clean(heading).title()).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DAPO(参考 https://www.zhihu.com/question/1)|https://www.zhihu.com/question/1",
        "GRPO 的损失（参考 https://zhuanlan.zhihu.com/p/2）|https://zhuanlan.zhihu.com/p/2",
        "[Post-Training总结](https://mp.weixin.qq.com/s/x)|https://mp.weixin.qq.com/s/x",
        "代码 <https://example.com/c>|https://example.com/c",
    })
    void movesUrlsToSources(String heading, String url) {
        assertThat(HeadingTitles.clean(heading).urls()).containsExactly(url);
    }
}
