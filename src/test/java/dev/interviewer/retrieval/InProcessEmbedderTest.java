package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InProcessEmbedderTest {
    @Test
    void aClosedModelRefusesToEmbed() {
        InProcessEmbedder model = InProcessEmbedder.bge();
        model.close();
        assertThatThrownBy(() -> model.embed("KV cache")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void describesItsModelWithoutLoadingIt() {
        assertThat(InProcessEmbedder.bge().modelId()).isEqualTo("bge-small-zh-v1.5-q");
        assertThat(InProcessEmbedder.bge().dimensions()).isEqualTo(512);
        assertThat(InProcessEmbedder.english().modelId()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(InProcessEmbedder.english().dimensions()).isEqualTo(384);
    }

    @Test
    void theEnglishModelTellsAParaphraseFromAnotherTopic() {
        InProcessEmbedder model = InProcessEmbedder.english();
        float[] question = VectorSet.normalized(model.embed("How are the outputs of multiple heads combined?"));
        float[] paraphrase = VectorSet.normalized(model.embed("every attention head gives a result; do you glue them together?"));
        float[] other = VectorSet.normalized(model.embed("How do you prevent overfitting during fine-tuning?"));
        assertThat(dot(question, paraphrase)).isGreaterThan(dot(question, other) + 0.1);
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
