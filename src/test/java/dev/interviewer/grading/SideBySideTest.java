package dev.interviewer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void everyTextIsMappedOnceAndInOrder() {
        List<String> texts = IntStream.range(0, 40).mapToObj(Integer::toString).toList();
        Set<String> seen = ConcurrentHashMap.newKeySet();

        List<float[]> out = SideBySide.map(texts, t -> {
            assertThat(seen.add(t)).as("mapped twice: " + t).isTrue();
            return new float[] {Float.parseFloat(t)};
        });

        assertThat(out).extracting(v -> v[0]).containsExactlyElementsOf(
                IntStream.range(0, 40).mapToObj(i -> (float) i).toList());
    }

    @Test
    void anEmptyListNeedsNoCall() {
        assertThat(SideBySide.map(List.of(), t -> {
            throw new AssertionError("called");
        })).isEmpty();
    }

    @Test
    void aFailedCallFailsTheWholeMapAfterTheOthersFinished() {
        List<String> texts = List.of("a", "b", "boom", "c");

        assertThatThrownBy(() -> SideBySide.map(texts, t -> {
            if (t.equals("boom")) {
                throw new IllegalStateException("model closed");
            }
            return new float[1];
        })).isInstanceOf(IllegalStateException.class).hasMessage("model closed");
    }
}
