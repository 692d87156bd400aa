package dev.interviewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.llm.SpeechSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Where the speech endpoint and its key come from: flags, then the environment, and the LLM key only same-host. */
class SpeechConfigTest {
    private static SpeechSettings speech(Map<String, String> env, String sttBaseUrl) {
        return AppConfig.builder(env).sttBaseUrl(sttBaseUrl).build().speech();
    }

    @Test
    void voiceIsOffUntilASpeechEndpointIsNamedEvenWithAnLlmKey() {
        SpeechSettings speech = speech(Map.of("OPENAI_API_KEY", "sk-chat-key"), null);
        assertThat(speech.enabled()).isFalse();
    }

    @Test
    void aLocalSpeechServerNeedsNoKeyAndNeverGetsTheLlmKey() {
        SpeechSettings speech = speech(Map.of("OPENAI_API_KEY", "sk-chat-key"), "http://localhost:8080/v1");
        assertThat(speech.enabled()).isTrue();
        assertThat(speech.model()).isEqualTo("whisper-1");
        assertThat(speech.apiKey()).isEmpty();
    }

    @Test
    void theLlmKeyIsUsedWhenBothEndpointsAreOnOneHost() {
        SpeechSettings groq = speech(Map.of("OPENAI_API_KEY", "gsk-chat", "OPENAI_BASE_URL",
                "https://api.groq.com/openai/v1"), "https://api.groq.com/openai/v1");
        assertThat(groq.apiKey()).isEqualTo("gsk-chat");
        SpeechSettings openAi = speech(Map.of("OPENAI_API_KEY", "sk-chat"), "https://api.openai.com/v1");
        assertThat(openAi.apiKey()).isEqualTo("sk-chat");
    }

    @Test
    void aSpeechKeyOfItsOwnWinsAndAloneMeansOpenAi() {
        SpeechSettings speech = speech(Map.of("INTERVIEWER_STT_KEY", "sk-speech", "OPENAI_API_KEY", "sk-chat"), null);
        assertThat(speech.enabled()).isTrue();
        assertThat(speech.apiKey()).isEqualTo("sk-speech");
        assertThat(speech.effectiveBaseUrl()).isEqualTo("https://api.openai.com/v1");
    }

    @Test
    void flagsOverrideTheEnvironmentAndReachTheSettings() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--stt-base-url", "http://127.0.0.1:8000/v1", "--stt-model",
                "Systran/faster-whisper-small", "--tts-model", "kokoro", "--tts-voice", "zf_xiaobei", "--stt-timeout",
                "90");
        SpeechSettings speech = serve.speechOptions.apply(AppConfig.builder(Map.of("INTERVIEWER_STT_MODEL",
                "whisper-1"))).build().speech();
        assertThat(speech.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(speech.model()).isEqualTo("Systran/faster-whisper-small");
        assertThat(speech.speechEnabled()).isTrue();
        assertThat(speech.ttsModel()).isEqualTo("kokoro");
        assertThat(speech.ttsVoice()).isEqualTo("zf_xiaobei");
        assertThat(speech.timeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aZeroTimeoutIsAUserError() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--stt-timeout", "0");
        assertThatThrownBy(() -> serve.speechOptions.apply(AppConfig.builder(Map.of())))
                .isInstanceOf(UserException.class).hasMessageContaining("--stt-timeout");
    }
}
