package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KeyPoint;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.testing.CardBuilder;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeControllersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Card card(String id, String file, List<String> path, String title, String reference) {
        return CardBuilder.card(id).file(file).path(path).title(title).question(title + "?").reference(reference)
                .keyPoints(List.of(new KeyPoint(1, "point", "", 1))).build();
    }

    private static final KnowledgeBase NOTES = new KnowledgeBase(List.of(
            card("rlhf/ppo", "rlhf.md", List.of("RLHF", "PPO"), "clip 的作用", "限制策略更新幅度"),
            card("rlhf/dpo", "rlhf.md", List.of("RLHF"), "DPO 与 PPO 的区别", "不需要奖励模型"),
            card("rlhf/empty", "rlhf.md", List.of("RLHF"), "没有答案的标题", ""),
            card("basics/loose", "basics.md", List.of(), "顶层卡片", "正文")), List.of());

    private static Javalin app() {
        return WebServer.create(WebSettings.local(),
                List.of(new TopicsController(() -> NOTES), new CardController(() -> NOTES)));
    }

    private static HttpResponse<String> get(String origin, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void topicsFormATreeOfHeadingsCountingOnlyAnswerableCards() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode topics = ApiJson.mapper().readTree(get(client.getOrigin(), "/api/topics").body()).get("topics");
            assertThat(topics).hasSize(2);
            JsonNode rlhf = topics.get(0);
            assertThat(rlhf.get("title").asText()).isEqualTo("RLHF");
            assertThat(rlhf.get("cards").asInt()).isEqualTo(2);
            assertThat(rlhf.get("children").get(0).get("path").toString()).isEqualTo("[\"RLHF\",\"PPO\"]");
            assertThat(rlhf.get("children").get(0).get("cards").asInt()).isEqualTo(1);
            assertThat(topics.get(1).get("title").asText()).isEqualTo("basics");
        });
    }

    @Test
    void aCardIsFoundByAnIdContainingASlash() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = get(client.getOrigin(), "/api/cards/rlhf/ppo");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode card = ApiJson.mapper().readTree(response.body());
            assertThat(card.get("title").asText()).isEqualTo("clip 的作用");
            assertThat(card.get("keyPoints").get(0).get("text").asText()).isEqualTo("point");
        });
    }

    @Test
    void anUnknownCardIsA404WithAMessage() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> response = get(client.getOrigin(), "/api/cards/rlhf/nothing");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("rlhf/nothing");
        });
    }
}
