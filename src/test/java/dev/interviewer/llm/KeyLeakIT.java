package dev.interviewer.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.interviewer.testing.ApiClient;
import dev.interviewer.testing.ServerProcess;
import dev.interviewer.testing.ShortLivedJvm;
import dev.interviewer.testing.WarmCache;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jar with a recognisable API key against an endpoint that fails in every way, most of them echoing the
 * key back as providers do ("Incorrect API key provided: sk-..."). Drives interviews, grading and search, then scans
 * everything a person could see or send on: the captured stdout/stderr, every response body and header, the page,
 * and every file in the data folder. The key must appear nowhere.
 */
class KeyLeakIT {
    private static final String KEY = "sk-test-LEAKCHECK-" + HexFormat.of().formatHex(SecureRandom.getSeed(12));
    private static final String ECHO = "{{request.headers.Authorization}}";
    private static final String ANSWER = "点积的方差随维度 d 增大，softmax 饱和，梯度变小，所以要除以根号 d。";

    private static WireMockServer endpoint;

    @TempDir
    static Path work;

    @BeforeAll
    static void startEndpoint() {
        endpoint = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true));
        endpoint.start();
    }

    @AfterAll
    static void stopEndpoint() {
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    /** Every way the endpoint fails; most put the Authorization header they received into what they send back. */
    static Map<String, ResponseDefinitionBuilder> failures() {
        Map<String, ResponseDefinitionBuilder> modes = new LinkedHashMap<>();
        modes.put("401 echoing the key", aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + ECHO
                        + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
        modes.put("500 echoing the key", aResponse().withStatus(500).withBody("upstream failed for " + ECHO));
        modes.put("429 echoing the key", aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Rate limit reached for key " + ECHO + "\"}}"));
        modes.put("200 with garbage", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("<html>not json " + ECHO + "</html>"));
        modes.put("200 with the wrong JSON", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"choices\": \"" + ECHO + "\", \"usage\": 5}"));
        modes.put("a broken stream", aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
                .withBody("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"好的\"}}]}\n\n"
                        + "data: {not json " + ECHO + "\n\n"));
        modes.put("a connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        modes.put("random bytes then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
        modes.put("a stall past the timeout", aResponse().withStatus(200).withFixedDelay(2500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"" + ECHO + "\"}"));
        return modes;
    }

    @Test
    void theKeyAppearsNowhereWhateverTheEndpointDoes() throws Exception {
        Path jar = Path.of(System.getProperty("interviewer.jar", "target/interviewer.jar"));
        Path knowledge = Path.of(System.getProperty("interviewer.basedir", ".")).resolve("knowledge");
        Path data = work.resolve("data");
        WarmCache.seed(data);
        Path log = work.resolve("server.log");
        StringBuilder seen = new StringBuilder();
        Map<String, String> env = Map.of("OPENAI_API_KEY", KEY, "OPENAI_BASE_URL", endpoint.baseUrl() + "/v1",
                "INTERVIEWER_MODEL", "leak-check");
        for (Map.Entry<String, ResponseDefinitionBuilder> mode : failures().entrySet()) {
            endpoint.resetAll();
            endpoint.stubFor(any(anyUrl()).willReturn(mode.getValue()));
            try (ServerProcess server = ServerProcess.start(jar, knowledge, data, env, ShortLivedJvm.FLAGS,
                    List.of("--rate-limit", "0", "--llm-timeout", "1"), log, Duration.ofMinutes(5))) {
                drive(new ApiClient(server.origin(), 2), seen, mode.getKey());
            }
            assertThat(endpoint.findAll(anyRequestedFor(anyUrl()).withHeader("Authorization",
                    equalTo("Bearer " + KEY)))).as("the app called the endpoint with the key (%s)", mode.getKey())
                    .isNotEmpty();
        }

        assertThat(seen.toString()).as("responses, headers and the page").doesNotContain(KEY);
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("the server's stdout and stderr")
                .contains("WARN").doesNotContain(KEY);
        assertThat(filesContaining(data, KEY)).as("files in the data folder").isEmpty();
    }

    /** Uses every feature once, recording each response's status, headers and body (and any client error). */
    private static void drive(ApiClient client, StringBuilder seen, String mode) {
        seen.append("\n== ").append(mode).append('\n');
        record(seen, () -> client.send("GET", "/", null));
        for (String asset : pageAssets(seen.toString())) {
            record(seen, () -> client.send("GET", asset, null));
        }
        record(seen, () -> client.send("GET", "/api/health", null));
        try {
            ApiClient.Started started = client.start(2, 1, "zh");
            seen.append(started).append('\n');
            for (int i = 0; i < 3; i++) {
                ApiClient.Answered answered = client.answer(started.id(), ANSWER);
                seen.append(answered).append('\n');
                assertThat(answered.next().text()).as("a turn completes (%s)", mode).isNotBlank();
                if (answered.finished()) {
                    break;
                }
            }
            record(seen, () -> client.send("POST", "/api/interviews/" + started.id() + "/commands",
                    "{\"command\": \"hint\"}"));
            record(seen, () -> client.send("GET", "/api/interviews/" + started.id(), null));
            record(seen, () -> client.send("GET", "/api/interviews/" + started.id() + "/report", null));
        } catch (IOException e) {
            seen.append("client error: ").append(e.getMessage()).append('\n');
        }
        record(seen, () -> client.send("POST", "/api/grade", "{\"question\": \"为什么要除以根号 d\", \"answer\": \""
                + ANSWER + "\"}"));
        record(seen, () -> client.send("POST", "/api/search", "{\"query\": \"KV cache\"}"));
        record(seen, () -> client.send("GET", "/api/interviews", null));
    }

    /** A request whose whole response goes into the record. */
    interface Call {
        HttpResponse<String> send() throws IOException;
    }

    private static void record(StringBuilder seen, Call call) {
        try {
            HttpResponse<String> r = call.send();
            seen.append(r.request().method()).append(' ').append(r.uri()).append(" -> ").append(r.statusCode())
                    .append('\n').append(r.headers().map()).append('\n').append(r.body()).append('\n');
        } catch (IOException e) {
            seen.append("client error: ").append(e).append('\n');
        }
    }

    private static List<String> pageAssets(String page) {
        List<String> assets = new ArrayList<>();
        Matcher m = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
        while (m.find() && assets.size() < 30) {
            if (!assets.contains(m.group(1))) {
                assets.add(m.group(1));
            }
        }
        return assets;
    }

    private static List<Path> filesContaining(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
