package dev.interviewer.bench;

import dev.interviewer.testing.AudioSamples;
import dev.interviewer.testing.MultipartBody;
import dev.interviewer.testing.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code POST /api/transcribe} adds to the speech endpoint's own time, for a 10 s clip: the jar runs against
 * the local stub ({@link StubOpenAi}), and each call's time less the stub's time for it is the app's overhead
 * (reading the upload, checking it, the call out, the JSON back).
 */
final class VoiceBench {
    static final Duration STUB_LATENCY = Duration.ofMillis(200);
    private static final int FLOOR_WARMUPS = 20;
    /** Ten seconds of 16 kHz mono PCM (320 kB): heavier than a browser's Opus recording of the same length. */
    static final byte[] CLIP = AudioSamples.wav(16_000, 4.0, 1.0, 5.0);

    private final BenchSettings settings;
    private final Results results;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    VoiceBench(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    void transcribeOverhead(Path data) throws IOException {
        try (StubOpenAi stub = new StubOpenAi(STUB_LATENCY, body -> "")) {
            String direct = stub.baseUrl() + "/audio/transcriptions";
            List<Double> floor = new ArrayList<>();
            // The client warms up too: a cold JDK HTTP client would make the floor look slower than the app.
            for (int i = 0; i < FLOOR_WARMUPS + settings.stubCalls(); i++) {
                double ms = post(direct, upload().field("model", "whisper-1"));
                if (i >= FLOOR_WARMUPS) {
                    floor.add(ms);
                }
            }
            // For reference only: a direct upload from this client, HTTP included; the overhead is measured against
            // the stub's own time for each call, which is exact where this floor is not.
            results.put("stt_floor_p50_ms", new Stats(floor).p50());
            Files.createDirectories(data);
            List<String> args = List.of("--rate-limit", "0", "--stt-base-url", stub.baseUrl());
            try (ServerProcess server = ServerProcess.start(settings.jar(), settings.knowledge(), data, Map.of(),
                    settings.serverJvmArgs(), args, settings.workDir().resolve("server-voice.log"),
                    Duration.ofMinutes(10))) {
                String transcribe = server.origin() + "/api/transcribe";
                // Warm-up against an instant stub brings the server's code to the JIT's steady state.
                stub.latency(Duration.ZERO);
                for (int i = 0; i < settings.llmWarmups() / 4; i++) {
                    post(transcribe, upload());
                }
                stub.latency(STUB_LATENCY);
                stub.reset();
                List<Double> totals = new ArrayList<>();
                List<Double> overhead = new ArrayList<>();
                for (int i = 0; i < settings.llmTurns(); i++) {
                    long start = System.nanoTime();
                    double ms = post(transcribe, upload());
                    List<StubOpenAi.Call> inside = stub.callsBetween(start, System.nanoTime());
                    totals.add(ms);
                    overhead.add(ms - inside.stream().mapToDouble(StubOpenAi.Call::millis).sum());
                }
                results.put("transcribe_p50_ms", new Stats(totals).p50());
                results.put("transcribe_overhead_p50_ms", new Stats(overhead).p50());
            }
        }
    }

    private static MultipartBody upload() {
        return new MultipartBody().file("audio", "answer.wav", "audio/wav", CLIP).field("language", "zh");
    }

    /** One upload; its time in milliseconds. Anything but 200 fails the section. */
    private double post(String url, MultipartBody body) throws IOException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", body.contentType()).POST(body.publisher()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " -> " + response.statusCode() + ": " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
