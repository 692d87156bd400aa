package dev.interviewer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/** A client of the interview API, as the page uses it: start, answer, and follow a streamed message to its end. */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    private final HttpClient http;

    public ApiClient(String origin, int threads) {
        this.origin = origin;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(2, threads), r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    /** An interviewer message once it is complete. */
    public record Message(String kind, String text, int turn, String engine, boolean fallback) {
        boolean end() {
            return "end".equalsIgnoreCase(kind);
        }
    }

    /** A started interview and its first message. */
    public record Started(String id, Message message) {
    }

    /**
     * What answering gave: the next message (waited for until complete) and whether the interview is over.
     * {@code firstTextNanos}: when the first text of the next message arrived ({@link System#nanoTime()}): its first
     * streamed token, or the answer's response when the message came whole.
     */
    public record Answered(Message next, String state, double score, long gradeMillis, long firstTextNanos) {
        public boolean finished() {
            return "finished".equalsIgnoreCase(state) || next.end();
        }
    }

    public Started start(int questions, int followUps, String language) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("questions", questions).put("followUps", followUps).put("language", language);
        JsonNode started = post("/api/interviews", body.toString(), 201);
        String id = started.path("id").asText();
        return new Started(id, complete(id, started.path("message"), new long[1]));
    }

    /** Sends a draft of the open turn's answer, as the page does when typing pauses. */
    public void draft(String id, String text) throws IOException {
        post("/api/interviews/" + id + "/draft", JSON.createObjectNode().put("text", text).toString(), 202);
    }

    public Answered answer(String id, String text) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("text", text);
        JsonNode answered = post("/api/interviews/" + id + "/answers", body.toString(), 200);
        long[] firstText = {System.nanoTime()};
        Message next = complete(id, answered.path("next"), firstText);
        JsonNode grade = answered.path("grade");
        return new Answered(next, answered.path("state").asText(""), grade.path("score").asDouble(),
                grade.path("latencyMs").asLong(), firstText[0]);
    }

    public JsonNode grade(String question, String answer) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("question", question).put("answer", answer);
        return post("/api/grade", body.toString(), 200);
    }

    /** The card the interview's open turn asks about. */
    public String currentCard(String id) throws IOException {
        JsonNode turns = transcript(id).path("turns");
        return turns.isEmpty() ? "" : turns.get(turns.size() - 1).path("cardId").asText("");
    }

    public JsonNode transcript(String id) throws IOException {
        return get("/api/interviews/" + id);
    }

    public JsonNode search(String query, int top) throws IOException {
        return get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&top=" + top);
    }

    public HttpResponse<String> send(String method, String path, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private JsonNode post(String path, String body, int expected) throws IOException {
        HttpResponse<String> response = send("POST", path, body);
        if (response.statusCode() != expected) {
            throw new IOException("POST " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * The message as it is, or, while it is still being phrased, as the {@code done} event of its stream says;
     * {@code firstText[0]} is set to when its first token came.
     */
    private Message complete(String id, JsonNode message, long[] firstText) throws IOException {
        if (!message.path("pending").asBoolean(false)) {
            return message(message);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + "/api/interviews/" + id + "/events"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                return doneEvent(lines.iterator(), firstText);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static Message doneEvent(Iterator<String> lines, long[] firstText) throws IOException {
        String event = "";
        boolean tokens = false;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:") && event.equals("token") && !tokens) {
                tokens = true;
                firstText[0] = System.nanoTime();
            } else if (line.startsWith("data:") && event.equals("done")) {
                return message(JSON.readTree(line.substring(5).trim()));
            }
        }
        throw new IOException("the event stream ended without a done event");
    }

    private static Message message(JsonNode m) {
        return new Message(m.path("kind").asText(""), m.path("text").asText(""), m.path("turn").asInt(),
                m.path("engine").asText(""), m.path("fallback").asBoolean(false));
    }
}
