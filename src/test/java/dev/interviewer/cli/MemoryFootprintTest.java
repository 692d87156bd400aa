package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryFootprintTest {
    private static final long MB = 1L << 20;

    @Test
    void aHeapLimitOnTheCommandLineIsLeftAlone() {
        assertThat(MemoryFootprint.heapLimited(List.of("-Xmx192m"))).isTrue();
        assertThat(MemoryFootprint.heapLimited(List.of("-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=25"))).isTrue();
        assertThat(MemoryFootprint.heapLimited(List.of("-Dfile.encoding=UTF-8", "-Xss2m"))).isFalse();
    }

    @Test
    void collectsOnlyPastTheTargetAndNotTwiceWithinSeconds() {
        long target = MemoryFootprint.TARGET_BYTES;
        assertThat(MemoryFootprint.shouldCollect(target + MB, target, 10_000)).isTrue();
        assertThat(MemoryFootprint.shouldCollect(target - MB, target, 10_000)).isFalse();
        assertThat(MemoryFootprint.shouldCollect(target + MB, target, 1_000)).isFalse();
    }

    @Test
    void theTargetGrowsWhenTheNotesNeedMoreHeapSoItNeverCollectsOverAndOver() {
        long target = 224 * MB;
        assertThat(MemoryFootprint.nextTarget(100 * MB, target)).isEqualTo(target);
        assertThat(MemoryFootprint.nextTarget(200 * MB, target)).isEqualTo((long) (200 * MB * 1.6));
    }

    @Test
    void withoutAHeapLimitItTunesARunningJvm() {
        try (MemoryFootprint footprint = MemoryFootprint.start()) {
            boolean limited = MemoryFootprint.heapLimited(java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getInputArguments());
            assertThat(footprint.active()).isEqualTo(!limited);
        }
    }
}
