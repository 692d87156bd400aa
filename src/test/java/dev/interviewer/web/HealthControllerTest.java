package dev.interviewer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interviewer.grading.Band;
import dev.interviewer.grading.Bands;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.retrieval.IndexProgress;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthControllerTest {
    @Test
    void reportsIndexingWithThePercentageUntilTheIndexIsReady() {
        AtomicReference<IndexProgress> progress = new AtomicReference<>(IndexProgress.indexing(30, 120));
        HealthController health = new HealthController(KnowledgeBase::empty, HealthController.About.offline("dev"),
                progress::get);
        JavalinTest.test(WebServer.create(WebSettings.local(), List.of(health)), (server, client) -> {
            JsonNode indexing = ApiJson.mapper().readTree(client.get("/api/health").body().string());
            assertThat(indexing.get("status").asText()).isEqualTo("indexing");
            assertThat(indexing.get("indexing").get("percent").asInt()).isEqualTo(25);
            assertThat(indexing.get("indexing").get("done").asInt()).isEqualTo(30);
            assertThat(indexing.get("indexing").get("total").asInt()).isEqualTo(120);

            progress.set(IndexProgress.ready(120));
            JsonNode ready = ApiJson.mapper().readTree(client.get("/api/health").body().string());
            assertThat(ready.get("status").asText()).isEqualTo("ok");
            assertThat(ready.get("indexing").get("state").asText()).isEqualTo("ready");
        });
    }

    @Test
    void givesThePageTheGradersScoreBands() {
        HealthController health = new HealthController(KnowledgeBase::empty, HealthController.About.offline("dev"));
        JavalinTest.test(WebServer.create(WebSettings.local(), List.of(health)), (server, client) -> {
            JsonNode bands = ApiJson.mapper().readTree(client.get("/api/health").body().string()).get("bands");
            assertThat(bands.get("strong").asDouble()).isEqualTo(Bands.STRONG);
            assertThat(bands.get("partial").asDouble()).isEqualTo(Bands.PARTIAL);
            assertThat(Bands.of(Bands.STRONG, false, false, false)).isEqualTo(Band.STRONG);
            assertThat(Bands.of(Bands.PARTIAL - 0.1, false, false, false)).isEqualTo(Band.WEAK);
        });
    }
}
