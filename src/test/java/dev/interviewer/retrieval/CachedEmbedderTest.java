package dev.interviewer.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachedEmbedderTest {
    @TempDir
    Path dir;

    @Test
    void shouldComputeEachTextOnlyOnce() {
        FakeEmbedder model = new FakeEmbedder();
        try (CachedEmbedder cache = new CachedEmbedder(model, dir)) {
            float[] first = cache.embed("梯度累积");
            float[] second = cache.embed("梯度累积");
            assertThat(second).containsExactly(first);
            assertThat(model.calls()).isEqualTo(1);
            assertThat(cache.computedCount()).isEqualTo(1);
        }
    }

    @Test
    void shouldEmbedNothingAfterARestartWithTheSameTexts() {
        List<String> texts = List.of("KV cache", "LoRA 的原理", "GRPO 的 KL 项");
        List<float[]> before = new ArrayList<>();
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            texts.forEach(t -> before.add(cache.embed(t)));
        }
        FakeEmbedder model = new FakeEmbedder();
        try (CachedEmbedder reopened = new CachedEmbedder(model, dir)) {
            assertThat(reopened.size()).isEqualTo(3);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(reopened.embed(texts.get(i))).containsExactly(before.get(i));
            }
            assertThat(model.calls()).isZero();
        }
    }

    @Test
    void shouldFindEveryVectorOfALargeCacheAfterARestart() {
        // More records than one read chunk holds, so keys are found across chunk boundaries.
        int count = 30_000;
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            for (int i = 0; i < count; i++) {
                cache.embed("card " + i);
            }
        }
        FakeEmbedder model = new FakeEmbedder();
        FakeEmbedder reference = new FakeEmbedder();
        try (CachedEmbedder reopened = new CachedEmbedder(model, dir)) {
            assertThat(reopened.size()).isEqualTo(count);
            for (int i : new int[] {0, 1, count / 2, count - 1}) {
                assertThat(reopened.embed("card " + i)).containsExactly(reference.embed("card " + i));
            }
            assertThat(model.calls()).isZero();
        }
    }

    @Test
    void shouldNeverReuseVectorsOfAnotherModel() {
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder("model-a"), dir)) {
            cache.embed("RoPE");
        }
        FakeEmbedder other = new FakeEmbedder("model-b");
        try (CachedEmbedder cache = new CachedEmbedder(other, dir)) {
            assertThat(cache.contains("RoPE")).isFalse();
            cache.embed("RoPE");
            assertThat(other.calls()).isEqualTo(1);
        }
    }

    @Test
    void shouldKeepTheCompleteRecordsWhenTheFileEndsHalfWritten() throws IOException {
        Path file;
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            cache.embed("one");
            cache.embed("two");
            file = cache.file();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));

        FakeEmbedder model = new FakeEmbedder();
        try (CachedEmbedder cache = new CachedEmbedder(model, dir)) {
            assertThat(cache.contains("one")).isTrue();
            assertThat(cache.contains("two")).isFalse();
            cache.embed("two");
            cache.embed("three");
        }
        try (CachedEmbedder cache = new CachedEmbedder(model, dir)) {
            assertThat(cache.size()).isEqualTo(3);
            assertThat(cache.embed("two")).containsExactly(new FakeEmbedder().embed("two"));
        }
    }

    @Test
    void shouldStartAfreshWhenTheFileIsNotACache() throws IOException {
        Files.writeString(dir.resolve("fake-model.vectors"), "not a cache");
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            assertThat(cache.size()).isZero();
            cache.embed("x");
        }
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            assertThat(cache.contains("x")).isTrue();
        }
    }

    @Test
    void shouldReturnCopiesSoCallersCannotCorruptTheCache() {
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            float[] vector = cache.embed("attention");
            float original = vector[0];
            vector[0] = 42;
            assertThat(cache.embed("attention")[0]).isEqualTo(original);
        }
    }

    @Test
    void shouldGiveTheModelsVectorsUnderConcurrentUse() throws Exception {
        FakeEmbedder reference = new FakeEmbedder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (CachedEmbedder cache = new CachedEmbedder(new FakeEmbedder(), dir)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = "text " + (i % 50);
                results.add(pool.submit(() -> Arrays.equals(cache.embed(text), reference.embed(text))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
            assertThat(cache.size()).isEqualTo(50);
        } finally {
            pool.shutdown();
        }
        try (CachedEmbedder reopened = new CachedEmbedder(new FakeEmbedder(), dir)) {
            assertThat(reopened.size()).isEqualTo(50);
        }
    }
}
