package dev.interviewer.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** How much of each measurement to take: {@code --quick} (under five minutes on two cores) or the full run. */
record BenchSettings(
        boolean quick,
        Path jar,
        Path knowledge,
        Path devset,
        Path workDir,
        List<String> serverJvmArgs,
        int warmups,
        int reps,
        int warmStarts,
        int turnWarmups,
        int turns,
        int candidates,
        Duration loadWarmup,
        Duration loadDuration,
        // The LLM server starts cold: after 3-5 warm-up turns the overhead measured was 35-40 ms, after 120 turns
        // 17 ms, mostly code the JIT had not compiled yet. The warm-up turns run against an instant stub.
        int llmWarmups,
        int llmTurns,
        int stubCalls,
        List<Integer> indexFactors) {

    BenchSettings {
        serverJvmArgs = List.copyOf(serverJvmArgs);
        indexFactors = List.copyOf(indexFactors);
    }

    BenchSettings withIndexFactors(List<Integer> factors) {
        return new BenchSettings(quick, jar, knowledge, devset, workDir, serverJvmArgs, warmups, reps, warmStarts,
                turnWarmups, turns, candidates, loadWarmup, loadDuration, llmWarmups, llmTurns, stubCalls, factors);
    }

    static BenchSettings of(boolean quick, Path jar, Path knowledge, Path devset, Path workDir,
            List<String> serverJvmArgs) {
        if (quick) {
            return new BenchSettings(true, jar, knowledge, devset, workDir, serverJvmArgs, 20, 100, 2, 60, 40, 50,
                    Duration.ofSeconds(4), Duration.ofSeconds(15), 400, 20, 10, List.of(1, 3));
        }
        return new BenchSettings(false, jar, knowledge, devset, workDir, serverJvmArgs, 50, 300, 5, 20, 200, 50,
                Duration.ofSeconds(10), Duration.ofSeconds(60), 1000, 60, 30, List.of(1, 10, 100));
    }
}
