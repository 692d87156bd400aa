package dev.interviewer.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The targets, checked against a run's figures. */
final class Targets {
    /** One target: a figure, at most or at least a bound. */
    record Target(String key, boolean atMost, double bound) {
        String describe() {
            return (atMost ? "<= " : ">= ") + Results.round(bound);
        }

        Boolean met(Double value) {
            if (value == null) {
                return null;
            }
            return atMost ? value <= bound : value >= bound;
        }
    }

    static final List<Target> ALL = List.of(
            new Target("search_p50_ms", true, 15),
            new Target("grade_p50_ms", true, 50),
            new Target("turns_per_s_50", false, 30),
            new Target("turn_p99_ms_50", true, 1000),
            new Target("llm_overhead_p50_ms", true, 15),
            new Target("llm_calls_per_turn", true, 2),
            // One model call's wait per answer: the next message's first token within 1.25x the stub's floor, and
            // the turn at most 15 ms over one round of calls.
            new Target("llm_first_token_vs_floor", true, 1.25),
            new Target("llm_overhead_vs_floor_p50_ms", true, 15),
            // What /api/transcribe adds to the speech endpoint's own time, for a 10 s clip.
            new Target("transcribe_overhead_p50_ms", true, 30),
            // Mapping a 2,000-character job description onto the notes (POST /api/targets without HTTP).
            new Target("target_analyze_p50_ms", true, 300),
            new Target("startup_warm_s", true, 3),
            new Target("rss_mb_50", true, 500),
            // Roughly linear: a card of the largest notes may cost at most 1.5 times what a card of the bundled costs.
            new Target("index_cost_per_card_ratio", true, 1.5),
            new Target("import_anki_5000_s", true, 10));

    private Targets() {
    }

    static Map<String, Object> check(Results results) {
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Target t : ALL) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", t.describe());
            entry.put("value", results.get(t.key()));
            entry.put("met", t.met(results.number(t.key())));
            checked.put(t.key(), entry);
        }
        return checked;
    }

    static Target of(String key) {
        return ALL.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }
}
