package dev.interviewer.cli;

import dev.interviewer.llm.LlmSettings;
import dev.interviewer.llm.SpeechSettings;
import dev.interviewer.web.WebSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the app is configured with. The only place that reads environment variables; command-line
 * flags arrive through {@link Builder} and override them.
 */
public record AppConfig(
        Path knowledgeDir,
        Path dataDir,
        String host,
        int port,
        String accessToken,
        LlmSettings llm,
        SpeechSettings speech,
        int rateLimitPerMinute,
        boolean debug,
        double retention) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_HOST = WebSettings.LOOPBACK;
    /** Answers and gradings per minute per client; protects model spend. 0 turns the limit off. */
    public static final int DEFAULT_RATE_LIMIT = WebSettings.DEFAULT_RATE_LIMIT;
    /** Desired retention for spaced repetition: the recall probability at which a card falls due. */
    public static final double DEFAULT_RETENTION = 0.9;

    public AppConfig {
        Objects.requireNonNull(knowledgeDir, "knowledgeDir");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        accessToken = accessToken == null ? "" : accessToken;
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(speech, "speech");
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit must be >= 0: " + rateLimitPerMinute);
        }
        if (!(retention >= 0.7 && retention <= 0.99)) {
            throw new IllegalArgumentException("retention must be 0.7-0.99: " + retention);
        }
    }

    /** True when only this machine can connect. */
    public boolean loopbackOnly() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    public static Builder builder() {
        return new Builder(System.getenv());
    }

    public static Builder builder(Map<String, String> environment) {
        return new Builder(environment);
    }

    /** Collects flags; anything not set falls back to the environment, then to the defaults. */
    public static final class Builder {
        private final Map<String, String> env;
        private Path knowledgeDir = Path.of("knowledge");
        private Path dataDir = Path.of("data");
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String token;
        private String apiKey;
        private String baseUrl;
        private String model;
        private Duration llmTimeout;
        private boolean debug;
        private boolean offline;
        private int rateLimit = DEFAULT_RATE_LIMIT;
        private double retention = DEFAULT_RETENTION;
        private String sttBaseUrl;
        private String sttModel;
        private Duration sttTimeout;
        private String ttsModel;
        private String ttsVoice;

        private Builder(Map<String, String> env) {
            this.env = Map.copyOf(env);
        }

        public Builder knowledgeDir(Path dir) {
            if (dir != null) {
                this.knowledgeDir = dir;
            }
            return this;
        }

        public Builder dataDir(Path dir) {
            if (dir != null) {
                this.dataDir = dir;
            }
            return this;
        }

        public Builder host(String value) {
            if (value != null) {
                this.host = value;
            }
            return this;
        }

        public Builder port(Integer value) {
            if (value != null) {
                this.port = value;
            }
            return this;
        }

        public Builder token(String value) {
            this.token = value;
            return this;
        }

        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        public Builder model(String value) {
            this.model = value;
            return this;
        }

        public Builder llmTimeout(Duration value) {
            this.llmTimeout = value;
            return this;
        }

        public Builder debug(boolean value) {
            this.debug = value;
            return this;
        }

        public Builder rateLimitPerMinute(Integer value) {
            if (value != null) {
                this.rateLimit = value;
            }
            return this;
        }

        public Builder retention(Double value) {
            if (value != null && !(value >= 0.7 && value <= 0.99)) {
                throw new UserException("--retention must be between 0.7 and 0.99: " + value);
            }
            if (value != null) {
                this.retention = value;
            }
            return this;
        }

        /** The OpenAI-compatible speech endpoint (transcription, and server voices with a TTS model). */
        public Builder sttBaseUrl(String value) {
            this.sttBaseUrl = value;
            return this;
        }

        public Builder sttModel(String value) {
            this.sttModel = value;
            return this;
        }

        public Builder sttTimeout(Duration value) {
            this.sttTimeout = value;
            return this;
        }

        public Builder ttsModel(String value) {
            this.ttsModel = value;
            return this;
        }

        public Builder ttsVoice(String value) {
            this.ttsVoice = value;
            return this;
        }

        /** Ignore any LLM configuration in the environment. */
        public Builder offline() {
            this.offline = true;
            return this;
        }

        public AppConfig build() {
            LlmSettings llm = offline ? LlmSettings.disabled() : new LlmSettings(
                    firstSet(apiKey, env.get("OPENAI_API_KEY")),
                    firstSet(baseUrl, env.get("OPENAI_BASE_URL")),
                    firstSet(model, env.get("INTERVIEWER_MODEL")),
                    llmTimeout != null ? llmTimeout : Duration.ofSeconds(30));
            return new AppConfig(knowledgeDir.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(),
                    host, port, firstSet(token, env.get("INTERVIEWER_TOKEN")), llm, speech(), rateLimit, debug,
                    retention);
        }

        /**
         * The speech endpoint: on only when a speech base URL or a speech key is given. Its key is
         * INTERVIEWER_STT_KEY, else the LLM's key when both endpoints are on the same host (OpenAI, Groq): the LLM
         * key never goes to another host's speech server.
         */
        private SpeechSettings speech() {
            String ownKey = env.get("INTERVIEWER_STT_KEY");
            SpeechSettings speech = new SpeechSettings(ownKey,
                    firstSet(sttBaseUrl, env.get("INTERVIEWER_STT_BASE_URL")), firstSet(sttModel, env.get("INTERVIEWER_STT_MODEL")),
                    firstSet(ttsModel, env.get("INTERVIEWER_TTS_MODEL")),
                    firstSet(ttsVoice, env.get("INTERVIEWER_TTS_VOICE")),
                    sttTimeout != null ? sttTimeout : SpeechSettings.DEFAULT_TIMEOUT);
            if (!speech.enabled() || !speech.apiKey().isEmpty()) {
                return speech;
            }
            String llmKey = firstSet(apiKey, env.get("OPENAI_API_KEY"));
            String llmBaseUrl = firstSet(baseUrl, env.get("OPENAI_BASE_URL"));
            return llmKey != null && !llmKey.isBlank() && speech.sameHostAs(llmBaseUrl) ? speech.withApiKey(llmKey)
                    : speech;
        }

        private static String firstSet(String flag, String environment) {
            return flag != null && !flag.isBlank() ? flag : environment;
        }
    }
}
