package dev.interviewer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The app's jar running as its own process ({@code serve}), as a user runs it: started, waited on until healthy,
 * measured through /proc, stopped. Its stdout and stderr go to a log file.
 */
public final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final double secondsToHealthy;

    private ServerProcess(Process process, int port, Path log, double secondsToHealthy) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.secondsToHealthy = secondsToHealthy;
    }

    /**
     * Starts {@code java -jar JAR serve} and returns once {@code /api/health} says the index is ready.
     *
     * @param env extra environment; LLM variables not named here are removed so the machine's own never leak in
     */
    public static ServerProcess start(Path jar, Path knowledge, Path data, Map<String, String> env,
            List<String> jvmArgs, List<String> args, Path log, Duration timeout) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                "--knowledge", knowledge.toString(), "--data", data.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("OPENAI_") || k.startsWith("INTERVIEWER_"));
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        ServerProcess server = waitHealthy(process, port, log, start, timeout);
        return server;
    }

    private static ServerProcess waitHealthy(Process process, int port, Path log, long start, Duration timeout)
            throws IOException {
        long deadline = start + timeout.toNanos();
        URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("server exited with " + process.exitValue() + "; log: " + tail(log));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && ready(r.body())) {
                    return new ServerProcess(process, port, log, (System.nanoTime() - start) / 1e9);
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sleep(20);
        }
        process.destroyForcibly();
        throw new IOException("server not healthy within " + timeout + "; log: " + tail(log));
    }

    /** Healthy means serving with the index built: status ok, and the index (when reported) ready. */
    static boolean ready(String healthJson) throws IOException {
        JsonNode health = JSON.readTree(healthJson);
        JsonNode indexing = health.path("indexing");
        return "ok".equals(health.path("status").asText())
                && (indexing.isMissingNode() || indexing.isNull() || "ready".equals(indexing.path("state").asText()));
    }

    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    public double secondsToHealthy() {
        return secondsToHealthy;
    }

    public long pid() {
        return process.pid();
    }

    /** Peak resident memory of the server process so far (VmHWM), in MB. */
    public double peakRssMb() throws IOException {
        return statusKb("VmHWM:") / 1024.0;
    }

    public double rssMb() throws IOException {
        return statusKb("VmRSS:") / 1024.0;
    }

    private long statusKb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
            }
        }
        throw new IOException(field + " not in /proc/" + process.pid() + "/status");
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
