package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.retrieval.SearchHit;
import dev.interviewer.retrieval.SearchQuery;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchControllerTest {
    private final List<SearchQuery> asked = new ArrayList<>();
    private final SearchController controller = new SearchController(query -> {
        asked.add(query);
        return List.of(new SearchHit("rl/grpo", "GRPO", List.of("强化学习"), "rl.md#GRPO", 0.8, "**KL** 项"));
    });

    private Javalin app() {
        return WebServer.create(WebSettings.local(), List.of(controller));
    }

    private static JsonNode json(Response response) throws Exception {
        return ApiJson.mapper().readTree(response.body().string());
    }

    @Test
    void returnsTheQueryAndItsHits() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.post("/api/search", "{\"query\":\"grpo kl\",\"top\":3,\"topic\":\"rlhf\"}");
            assertThat(response.code()).isEqualTo(200);
            JsonNode body = json(response);
            assertThat(body.get("query").asText()).isEqualTo("grpo kl");
            JsonNode hit = body.get("hits").get(0);
            assertThat(hit.get("id").asText()).isEqualTo("rl/grpo");
            assertThat(hit.get("path").get(0).asText()).isEqualTo("强化学习");
            assertThat(hit.get("source").asText()).isEqualTo("rl.md#GRPO");
            assertThat(hit.get("score").asDouble()).isEqualTo(0.8);
            assertThat(hit.get("snippet").asText()).isEqualTo("**KL** 项");
            assertThat(asked).containsExactly(new SearchQuery("grpo kl", 3, "rlhf"));
        });
    }

    @Test
    void topDefaultsToFiveAndTopicToAllCards() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(client.post("/api/search", "{\"query\":\"lora\"}").code()).isEqualTo(200);
            assertThat(asked).containsExactly(new SearchQuery("lora", 5, ""));
        });
    }

    @Test
    void aMissingOrBlankQueryIsABadRequest() {
        JavalinTest.test(app(), (server, client) -> {
            for (String body : List.of("{}", "{\"query\":\"  \"}", "{\"query\":null}")) {
                Response response = client.post("/api/search", body);
                assertThat(response.code()).as(body).isEqualTo(400);
                assertThat(json(response).get("error").asText()).contains("query");
            }
            assertThat(asked).isEmpty();
        });
    }

    @Test
    void aTopOutOfRangeOrNotANumberIsABadRequest() {
        JavalinTest.test(app(), (server, client) -> {
            for (String top : List.of("0", "51", "-3", "\"many\"")) {
                Response response = client.post("/api/search", "{\"query\":\"lora\",\"top\":" + top + "}");
                assertThat(response.code()).as(top).isEqualTo(400);
                assertThat(json(response).has("error")).isTrue();
            }
            assertThat(asked).isEmpty();
        });
    }

    @Test
    void malformedJsonIsABadRequest() {
        JavalinTest.test(app(), (server, client) -> {
            Response response = client.post("/api/search", "{\"query\":");
            assertThat(response.code()).isEqualTo(400);
            assertThat(json(response).get("error").asText()).isNotBlank();
        });
    }
}
