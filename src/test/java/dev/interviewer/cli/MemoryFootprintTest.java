package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
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

    @Test
    void onceClosedItNoLongerListensToCollections() {
        MemoryFootprint footprint = MemoryFootprint.start();
        assertThat(footprint.listeners()).isEqualTo(footprint.active() ? collectors().size() : 0);

        footprint.close();

        // Collections go on in this JVM: a listener left behind would hand them to a stopped executor.
        for (NotificationEmitter collector : collectors()) {
            assertThatThrownBy(() -> collector.removeNotificationListener(footprint.afterCollection))
                    .isInstanceOf(ListenerNotFoundException.class);
        }
    }

    private static List<NotificationEmitter> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(NotificationEmitter.class::isInstance)
                .map(NotificationEmitter.class::cast).toList();
    }
}
