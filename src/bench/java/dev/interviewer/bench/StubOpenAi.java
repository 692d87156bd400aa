package dev.interviewer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.interviewer.enrich.EnrichPlan;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local OpenAI-compatible endpoint that answers every chat completion after a fixed latency, streamed (SSE chunks)
 * or not, and records each call: when it came, how long the stub held it, and an estimate of its prompt tokens.
 * It is the floor under LLM turns: whatever a turn takes beyond the stub's own time is the app's overhead.
 */
public final class StubOpenAi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call as the stub saw it; times are {@link System#nanoTime()}. */
    public record Call(long startNanos, long endNanos, boolean stream, int promptTokens, boolean jsonReply) {
        public double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-openai");
        t.setDaemon(true);
        return t;
    });
    private volatile Duration latency;
    private final Function<JsonNode, String> replies;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    /**
     * @param replies the assistant text for a request body (a JSON reply when the request asks for JSON)
     */
    public StubOpenAi(Duration latency, Function<JsonNode, String> replies) throws IOException {
        this.latency = latency;
        this.replies = replies;
        // Real endpoints send each streamed chunk at once. Without TCP_NODELAY this server's small writes wait for
        // the client's delayed ACK (40 ms on Linux), and that wait would be counted against the app.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Changes the latency of the calls that start from now on. */
    public void latency(Duration value) {
        this.latency = value;
    }

    /** The base URL to give the app as {@code OPENAI_BASE_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void reset() {
        calls.clear();
    }

    /** Calls that started inside the window [from, to] (nanoTime). */
    public List<Call> callsBetween(long from, long to) {
        List<Call> inside = new ArrayList<>();
        for (Call c : calls) {
            if (c.startNanos() >= from && c.startNanos() <= to) {
                inside.add(c);
            }
        }
        return inside;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        boolean stream;
        boolean wantsJson;
        int promptTokens;
        if (exchange.getRequestURI().getPath().endsWith("/audio/transcriptions")) {
            transcription(exchange, start);
            return;
        }
        try (exchange) {
            if (!exchange.getRequestURI().getPath().endsWith("/chat/completions")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            stream = body.path("stream").asBoolean(false);
            wantsJson = body.has("response_format") || mentionsJson(body);
            promptTokens = estimateTokens(body.path("messages"));
            String reply = replies.apply(body);
            Duration hold = latency;
            if (!hold.isZero()) {
                sleep(hold);
            }
            if (stream) {
                streamReply(exchange, reply, promptTokens);
            } else {
                plainReply(exchange, reply, promptTokens);
            }
        }
        // After the close, which writes the end of the chunked body: the call is over only then.
        calls.add(new Call(start, System.nanoTime(), stream, promptTokens, wantsJson));
    }

    /** The transcript the stub hears in every upload to {@code /audio/transcriptions}. */
    public static final String TRANSCRIPT = "嗯，注意力除以根号 d 是为了让点积的方差回到 1，那个，softmax 就不会饱和。";

    // Whisper-style: the multipart upload is read whole, held for the latency, answered {"text": ...}.
    private void transcription(HttpExchange exchange, long start) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Duration hold = latency;
            if (!hold.isZero()) {
                sleep(hold);
            }
            byte[] bytes = JSON.writeValueAsBytes(JSON.createObjectNode().put("text", TRANSCRIPT));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        calls.add(new Call(start, System.nanoTime(), false, 0, false));
    }

    private static void plainReply(HttpExchange exchange, String reply, int promptTokens) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("created", 0).put("model", "stub");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", reply);
        usage(root, promptTokens, reply);
        byte[] bytes = JSON.writeValueAsBytes(root);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void streamReply(HttpExchange exchange, String reply, int promptTokens) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String piece : pieces(reply)) {
            ObjectNode chunk = chunk();
            ObjectNode choice = ((ArrayNode) chunk.get("choices")).addObject();
            choice.put("index", 0).putObject("delta").put("content", piece);
            event(out, chunk);
        }
        ObjectNode last = chunk();
        ObjectNode choice = ((ArrayNode) last.get("choices")).addObject();
        choice.put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(out, last);
        ObjectNode usage = chunk();
        usage(usage, promptTokens, reply);
        event(out, usage);
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode chunk() {
        ObjectNode chunk = JSON.createObjectNode();
        chunk.put("id", "chatcmpl-stub").put("object", "chat.completion.chunk").put("created", 0)
                .put("model", "stub");
        chunk.putArray("choices");
        return chunk;
    }

    private static void event(OutputStream out, ObjectNode chunk) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void usage(ObjectNode root, int promptTokens, String reply) {
        int completion = estimateTokens(reply);
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completion)
                .put("total_tokens", promptTokens + completion);
    }

    // Short pieces, like a model's tokens; a few characters each.
    private static List<String> pieces(String reply) {
        List<String> pieces = new ArrayList<>();
        int[] cps = reply.codePoints().toArray();
        for (int i = 0; i < cps.length; i += 4) {
            pieces.add(new String(cps, i, Math.min(4, cps.length - i)));
        }
        return pieces;
    }

    private static boolean mentionsJson(JsonNode body) {
        for (JsonNode m : body.path("messages")) {
            if (m.path("content").asText("").contains("JSON")) {
                return true;
            }
        }
        return false;
    }

    private static int estimateTokens(JsonNode messages) {
        int tokens = 0;
        for (JsonNode m : messages) {
            JsonNode content = m.path("content");
            tokens += 4 + estimateTokens(content.isTextual() ? content.asText() : content.toString());
        }
        return tokens;
    }

    /** The app's own estimate (one token per CJK character, one per four other characters). */
    static int estimateTokens(String text) {
        return (int) EnrichPlan.tokens(text);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
