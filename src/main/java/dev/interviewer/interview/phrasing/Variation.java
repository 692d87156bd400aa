package dev.interviewer.interview.phrasing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Chooses among phrasing variants from the interview's seed, the turn and the slot, so an interview phrases the
 * same way when it is resumed or replayed in a test, and a slot does not repeat the variant of the turn before.
 */
final class Variation {
    private final long seed;

    Variation(long seed) {
        this.seed = seed;
    }

    String pick(List<String> variants, int turn, String slot) {
        int n = variants.size();
        int index = raw(turn, slot, n);
        if (n > 1 && turn > 0 && index == raw(turn - 1, slot, n)) {
            index = (index + 1) % n;
        }
        return variants.get(index);
    }

    private int raw(int turn, String slot, int n) {
        return new SplittableRandom(seed * 1_000_003L + turn * 7919L + slot.hashCode()).nextInt(n);
    }
}
