package dev.interviewer.testing;

import java.util.List;

/**
 * JVM flags for the servers that tests start as processes and stop seconds later. They never run long enough
 * for the optimising compiler to pay off: the quick one alone starts them about a third faster, and the serial
 * collector leaves the other core to the test. Never for the benchmark's servers, whose speed is measured.
 */
public final class ShortLivedJvm {
    public static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private ShortLivedJvm() {
    }
}
