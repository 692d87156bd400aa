package dev.interviewer.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a server started without {@code -Xmx} (as the README starts it) near the memory it needs rather than what
 * the machine has. Without a flag the JVM may grow the heap to a quarter of the machine (6 GB on 24 GB) and G1 fills
 * what it has: 650-900 MB resident at 50 candidates, where a 192 MB heap serves them as fast. A process cannot lower
 * its own maximum heap, so this works with what G1 lets a running JVM change: it asks G1 to keep less free heap
 * after a collection (the free ratios, manageable flags) and to collect when idle (periodic GC), and when a
 * collection leaves the committed heap above a target (G1 grows it by a fifth of what it may still take, hundreds of
 * MB at once), it collects in full, which gives the free part back. The target follows what the notes need (large
 * notes hold more vectors), so it never collects over and over. With {@code -Xmx} (or another heap limit) given, it
 * does nothing: the user chose.
 */
final class MemoryFootprint implements AutoCloseable {
    /**
     * Heap the bundled notes and 50 candidates need, with room: -Xmx192m served them at full speed, and a 192 MB target
     * made G1 grow the heap (and this collect it) more often than 224 MB did.
     */
    static final long TARGET_BYTES = 224L << 20;
    /**
     * After a collection the target stays this much above the heap G1 kept, so that the next collection waits for
     * the heap to grow again rather than following at once (the notes may need more than the default target).
     */
    static final double HEADROOM = 1.15;
    /**
     * G1 grows the heap by hundreds of MB in one young collection, and the young generation starts touching the new
     * memory at once: the sooner the collection that gives it back, the lower the peak. At 50 candidates, 2 s between
     * collections peaked at 590-605 MB resident, 0.5 s at 507-510 MB with the same throughput (22 full collections
     * of ~80 ms in the run instead of 12); 0.25 s gained nothing more (508 MB).
     */
    static final long MIN_MILLIS_BETWEEN_COLLECTIONS = 500;
    private static final long CHECK_MILLIS = 1_000;
    private static final String IDLE_GC_MILLIS = "30000";
    // After a collection the heap keeps room for the young generation (two thirds of what is live): squeezed
    // tighter (20% free), young collections came so often that G1 grew the heap again at once, and a heap kept at
    // twice the live set (50% free) stayed above the target, so collections followed each other every few seconds.
    private static final String MIN_FREE = "20";
    private static final String MAX_FREE = "40";
    private static final Logger LOG = LoggerFactory.getLogger(MemoryFootprint.class);

    private final ScheduledExecutorService checks;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private volatile long target = TARGET_BYTES;
    private volatile long lastCollection;
    private final List<NotificationEmitter> emitters = new CopyOnWriteArrayList<>();
    final NotificationListener afterCollection = (notification, handback) -> checkSoon();

    private MemoryFootprint(ScheduledExecutorService checks) {
        this.checks = checks;
    }

    /** Starts keeping the footprint when no heap limit was given and G1 runs; otherwise does nothing. */
    static MemoryFootprint start() {
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (heapLimited(jvmArgs) || !g1()) {
            return new MemoryFootprint(null);
        }
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // Min first: it must never exceed Max, whatever order they held before.
            hotspot.setVMOption("MinHeapFreeRatio", MIN_FREE);
            hotspot.setVMOption("MaxHeapFreeRatio", MAX_FREE);
            hotspot.setVMOption("G1PeriodicGCInterval", IDLE_GC_MILLIS);
        } catch (RuntimeException e) {
            LOG.info("cannot tune the heap ({}); it grows as the JVM decides", e.toString());
            return new MemoryFootprint(null);
        }
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "memory-footprint");
            t.setDaemon(true);
            return t;
        });
        MemoryFootprint footprint = new MemoryFootprint(checks);
        // The heap grows only at a collection: each one is a moment to check. The timer covers a quiet heap.
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(footprint.afterCollection,
                        n -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType()),
                        null);
                footprint.emitters.add(emitter);
            }
        }
        checks.scheduleWithFixedDelay(footprint::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        return footprint;
    }

    /** A heap limit on the command line: the user's choice stands. */
    static boolean heapLimited(List<String> jvmArgs) {
        return jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize")
                || a.startsWith("-XX:MaxRAM") || a.startsWith("-XX:SoftMaxHeapSize"));
    }

    private static boolean g1() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .anyMatch(n -> n.startsWith("G1"));
    }

    private void checkSoon() {
        try {
            checks.execute(this::check);
        } catch (RejectedExecutionException e) {
            LOG.debug("memory check after closing skipped");
        }
    }

    private void check() {
        try {
            long now = System.currentTimeMillis();
            if (!shouldCollect(memory.getHeapMemoryUsage().getCommitted(), target, now - lastCollection)) {
                return;
            }
            lastCollection = now;
            // A full collection compacts the heap, and with the free ratios above G1 then uncommits the rest.
            System.gc();
            target = nextTarget(memory.getHeapMemoryUsage().getCommitted());
        } catch (RuntimeException e) {
            LOG.debug("memory check failed", e);
        }
    }

    /** Collect when the committed heap passed the target, and not again within half a second. */
    static boolean shouldCollect(long committed, long target, long millisSinceLast) {
        return committed > target && millisSinceLast >= MIN_MILLIS_BETWEEN_COLLECTIONS;
    }

    /** The target after a collection left {@code committed} bytes of heap: the default, or above what G1 kept. */
    static long nextTarget(long committed) {
        return Math.max(TARGET_BYTES, (long) (committed * HEADROOM));
    }

    /** How many collectors it is listening to. */
    int listeners() {
        return emitters.size();
    }

    boolean active() {
        return checks != null;
    }

    @Override
    public void close() {
        // Collections go on after the app closes (in a test run, in the same JVM): they must not reach this any more.
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                LOG.debug("the collection listener was already gone", e);
            }
        }
        emitters.clear();
        if (checks != null) {
            checks.shutdownNow();
        }
    }
}
