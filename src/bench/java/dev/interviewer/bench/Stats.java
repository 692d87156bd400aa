package dev.interviewer.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Samples in milliseconds and their order statistics. */
public final class Stats {
    private final List<Double> sorted;

    public Stats(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> copy = new ArrayList<>(samples);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    /**
     * Runs {@code action} {@code warmups} times unmeasured (JIT, caches), then {@code reps} times measured.
     * The action's result is kept so the JIT cannot drop the work.
     */
    public static Stats time(int warmups, int reps, Supplier<?> action) {
        Object sink = null;
        for (int i = 0; i < warmups; i++) {
            sink = action.get();
        }
        List<Double> samples = new ArrayList<>(reps);
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            sink = action.get();
            samples.add((System.nanoTime() - start) / 1e6);
        }
        Blackhole.consume(sink);
        return new Stats(samples);
    }

    public double percentile(double p) {
        // Nearest rank: p99 of 100 samples is the 99th smallest, never an interpolation below the observed tail.
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double p50() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }

    public double max() {
        return sorted.get(sorted.size() - 1);
    }

    public int count() {
        return sorted.size();
    }

    /** Keeps a value reachable so the work that made it is not optimised away. */
    static final class Blackhole {
        private static volatile Object last;

        private Blackhole() {
        }

        static void consume(Object value) {
            last = value;
        }
    }
}
