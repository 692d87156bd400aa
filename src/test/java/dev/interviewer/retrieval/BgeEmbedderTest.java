package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BgeEmbedderTest {
    @Test
    void aClosedModelRefusesToEmbed() {
        BgeEmbedder model = new BgeEmbedder();
        model.close();
        assertThatThrownBy(() -> model.embed("KV cache")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void describesItsModelWithoutLoadingIt() {
        BgeEmbedder model = new BgeEmbedder();
        assertThat(model.modelId()).isEqualTo("bge-small-zh-v1.5-q");
        assertThat(model.dimensions()).isEqualTo(512);
    }
}
