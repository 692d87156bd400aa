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
    void collectsOnlyPastTheTargetAndNotTwiceWithinHalfASecond() {
        long target = MemoryFootprint.TARGET_BYTES;
        assertThat(MemoryFootprint.shouldCollect(target + MB, target, 600)).isTrue();
        assertThat(MemoryFootprint.shouldCollect(target - MB, target, 10_000)).isFalse();
        assertThat(MemoryFootprint.shouldCollect(target + MB, target, 200)).isFalse();
    }

    @Test
    void theTargetStaysAboveWhatTheLastCollectionKeptSoItNeverCollectsOverAndOver() {
        assertThat(MemoryFootprint.nextTarget(150 * MB)).isEqualTo(MemoryFootprint.TARGET_BYTES);
        assertThat(MemoryFootprint.nextTarget(400 * MB)).isEqualTo((long) (400 * MB * 1.15));
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
