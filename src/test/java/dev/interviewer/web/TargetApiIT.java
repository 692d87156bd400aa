package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interviewer.interview.target.TargetTexts;
import dev.interviewer.testing.SharedApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Targets over HTTP on the bundled notes: a job description asking for DPO, KV cache and ZeRO (which the notes
 * cover) and Kubernetes operators (which they do not) maps onto the right cards, and a targeted interview asks only
 * about the covered requirements and reports its scores by requirement.
 */
class TargetApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final SharedApp APP = SharedApp.offline();

    private static HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP.origin() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static ObjectNode body(String... pairs) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put(pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private static JsonNode requirement(JsonNode map, String part) {
        for (JsonNode r : map.path("requirements")) {
            if (r.path("text").asText().contains(part)) {
                return r;
            }
        }
        throw new AssertionError("no requirement with " + part + " in " + map);
    }

    private static List<String> cardIds(JsonNode requirement) {
        List<String> ids = new ArrayList<>();
        requirement.path("cards").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    @Test
    void dpoKvCacheAndZeroAreCoveredByTheirCardsAndKubernetesOperatorsIsAGap() throws Exception {
        JsonNode map = ok(send("POST", "/api/targets",
                body("text", TargetTexts.read(TargetTexts.DPO_KV_ZERO_KUBERNETES), "language", "en")), 200);

        assertThat(map.path("requirements")).hasSize(4);
        assertThat(cardIds(requirement(map, "DPO"))).contains("rlhf/dpo");
        assertThat(cardIds(requirement(map, "KV cache"))).first().isEqualTo("transformer-and-attention/kv-cache");
        assertThat(cardIds(requirement(map, "ZeRO"))).contains("distributed-training/zero3");
        for (String covered : List.of("DPO", "KV cache", "ZeRO")) {
            JsonNode r = requirement(map, covered);
            assertThat(r.path("covered").asBoolean()).as(covered).isTrue();
            assertThat(r.path("weight").asDouble()).isBetween(0.0, 1.0);
            r.path("cards").forEach(c -> assertThat(c.path("title").asText()).isNotBlank());
        }
        JsonNode kubernetes = requirement(map, "Kubernetes operators");
        assertThat(kubernetes.path("covered").asBoolean()).isFalse();
        assertThat(kubernetes.path("cards")).isEmpty();
        assertThat(map.path("coverage").asDouble()).isEqualTo(0.75);
        assertThat(map.path("checklist").asText()).contains("- [ ] writing Kubernetes operators");
    }

    @Test
    void aTargetedInterviewAsksOnlyAboutTheCoveredRequirementsAndReportsByRequirement() throws Exception {
        JsonNode map = ok(send("POST", "/api/targets",
                body("text", TargetTexts.read(TargetTexts.DPO_KV_ZERO_KUBERNETES), "language", "en")), 200);
        Set<String> coveredCards = new HashSet<>();
        map.path("requirements").forEach(r -> coveredCards.addAll(cardIds(r)));
        ObjectNode start = body("target", TargetTexts.read(TargetTexts.DPO_KV_ZERO_KUBERNETES), "language", "en");
        start.put("questions", 3).put("followUps", 0);

        JsonNode started = ok(send("POST", "/api/interviews", start), 201);
        String id = started.path("id").asText();
        assertThat(started.path("message").path("text").asText()).contains("3 of 4 requirements are in your notes");
        for (int i = 0; i < 3; i++) {
            ok(send("POST", "/api/interviews/" + id + "/answers", body("text", "I would explain it step by step.")),
                    200);
        }
        JsonNode report = ok(send("GET", "/api/interviews/" + id + "/report", null), 200);

        assertThat(report.path("status").asText()).isEqualTo("finished");
        report.path("questions").forEach(q -> assertThat(q.path("cardId").asText()).isIn(coveredCards));
        List<String> requirements = new ArrayList<>();
        report.path("requirements").forEach(r -> requirements.add(r.path("requirement").asText()));
        assertThat(requirements).hasSize(3).noneMatch(r -> r.contains("Kubernetes"))
                .anyMatch(r -> r.contains("DPO")).anyMatch(r -> r.contains("KV cache"))
                .anyMatch(r -> r.contains("ZeRO"));
        report.path("requirements").forEach(r -> assertThat(r.path("average").isNumber()).isTrue());
        String markdown = send("GET", "/api/interviews/" + id + "/report.md", null).body();
        assertThat(markdown).contains("## Scores by requirement");
    }

    @Test
    void aSavedTargetIsListedWithItsInterviewsAndCanBeDrilledAndDeleted() throws Exception {
        ObjectNode save = body("text", TargetTexts.read(TargetTexts.DPO_KV_ZERO_KUBERNETES), "language", "zh",
                "name", "TargetApiIT job");
        JsonNode saved = ok(send("POST", "/api/targets", save), 201);
        String targetId = saved.path("id").asText();
        assertThat(saved.path("checklist").asText()).contains("\u5f85\u8865\u5145\u7684\u7b14\u8bb0");

        ObjectNode drill = body("targetId", targetId, "mode", "drill", "language", "en");
        drill.put("questions", 2);
        String interview = ok(send("POST", "/api/interviews", drill), 201).path("id").asText();
        JsonNode detail = ok(send("GET", "/api/targets/" + targetId + "?language=en", null), 200);

        assertThat(detail.path("name").asText()).isEqualTo("TargetApiIT job");
        assertThat(detail.path("analysis").path("coverage").asDouble()).isEqualTo(0.75);
        assertThat(detail.path("interviews").get(0).path("id").asText()).isEqualTo(interview);
        JsonNode list = ok(send("GET", "/api/targets", null), 200);
        assertThat(list.path("targets").findValuesAsText("id")).contains(targetId);

        assertThat(send("DELETE", "/api/targets/" + targetId, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/targets/" + targetId, null).statusCode()).isEqualTo(404);
        assertThat(ok(send("GET", "/api/interviews/" + interview, null), 200).path("config").path("target")
                .path("name").asText()).isEqualTo("TargetApiIT job");
    }

    @Test
    void badTargetsGetAClearFourHundred() throws Exception {
        assertThat(send("POST", "/api/targets", body("text", "x".repeat(20_001))).statusCode()).isEqualTo(413);
        assertThat(send("POST", "/api/targets", body("text", "  ")).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/targets", JSON.createObjectNode()).statusCode()).isEqualTo(400);
        HttpResponse<String> uncovered = send("POST", "/api/interviews",
                body("target", "- Kubernetes operators\n- Terraform modules"));
        assertThat(uncovered.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(uncovered.body()).path("error").asText()).contains("covered by your notes");
        assertThat(send("POST", "/api/interviews", body("targetId", "nope")).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/interviews", body("style", "angry")).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/targets", body("text", "- DPO", "name", " ")).statusCode()).isEqualTo(400);
    }
}
