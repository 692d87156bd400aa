package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {
    @Test
    void defaultsAreOfflineOnLoopbackPort7070() {
        AppConfig config = AppConfig.builder(Map.of()).build();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.llm().enabled()).isFalse();
        assertThat(config.knowledgeDir()).isEqualTo(Path.of("knowledge").toAbsolutePath());
    }

    @Test
    void environmentConfiguresTheLlmAndFlagsOverrideIt() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", "sk-secret-123", "OPENAI_BASE_URL", "http://localhost:1/v1",
                "INTERVIEWER_MODEL", "from-env");
        AppConfig config = AppConfig.builder(env).model("from-flag").build();
        assertThat(config.llm().enabled()).isTrue();
        assertThat(config.llm().model()).isEqualTo("from-flag");
        assertThat(config.llm().effectiveBaseUrl()).isEqualTo("http://localhost:1/v1");
    }

    @Test
    void offlineFlagIgnoresTheEnvironment() {
        AppConfig config = AppConfig.builder(Map.of("OPENAI_API_KEY", "sk-secret-123")).offline().build();
        assertThat(config.llm().enabled()).isFalse();
    }

    @Test
    void theApiKeyNeverAppearsInToString() {
        AppConfig config = AppConfig.builder(Map.of("OPENAI_API_KEY", "sk-secret-123")).build();
        assertThat(config.toString()).doesNotContain("sk-secret-123");
        assertThat(config.llm().toString()).contains("key=set");
    }

    @Test
    void aLocalEndpointNeedsNoKey() {
        AppConfig config = AppConfig.builder(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1")).build();
        assertThat(config.llm().enabled()).isTrue();
        assertThat(config.llm().apiKey()).isEmpty();
    }

    @Test
    void retentionDefaultsToNinetyPercentAndRejectsValuesOutsideTheUsefulRange() {
        assertThat(AppConfig.builder(Map.of()).build().retention()).isEqualTo(0.9);
        assertThat(AppConfig.builder(Map.of()).retention(0.85).build().retention()).isEqualTo(0.85);
        assertThatThrownBy(() -> AppConfig.builder(Map.of()).retention(1.0))
                .isInstanceOf(UserException.class).hasMessageContaining("--retention");
    }
}
