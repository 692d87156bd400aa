package dev.interviewer.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Set;

/**
 * Builds LangChain4j models for any OpenAI-compatible endpoint. Retries are off: a failed call falls back to
 * the offline engine for that turn instead of keeping the candidate waiting through retries. Every model it builds
 * shares one {@link CircuitBreaker}, so an endpoint that keeps failing is left alone for a while.
 */
public final class ChatModels {
    private final LlmSettings settings;
    private final CircuitBreaker breaker;

    public ChatModels(LlmSettings settings) {
        this(settings, CircuitBreaker.withDefaults());
    }

    public ChatModels(LlmSettings settings, CircuitBreaker breaker) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no LLM endpoint configured: " + settings);
        }
        this.settings = settings;
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    /**
     * A chat model for structured output. With {@code jsonSchema} the request carries a JSON-schema response
     * format; without it LangChain4j asks for the JSON in the prompt (and still parses replies in ```json fences).
     */
    public ChatModel structured(boolean jsonSchema) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(settings.effectiveBaseUrl())
                .httpClientBuilder(http11())
                .apiKey(apiKeyOrPlaceholder())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .temperature(0.0);
        if (jsonSchema) {
            builder.supportedCapabilities(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA)).strictJsonSchema(true);
        }
        return new GuardedChatModel(builder.build(), breaker, new KeyRedaction(settings.apiKey()));
    }

    /** Structured output with a JSON schema where the endpoint is known to accept one (OpenAI itself). */
    public ChatModel structured() {
        // Many compatible servers (DeepSeek, older vLLM/Ollama) reject json_schema with a 400: ask in the prompt.
        return structured(settings.effectiveBaseUrl().contains("api.openai.com"));
    }

    public StreamingChatModel streaming() {
        return new GuardedStreamingChatModel(OpenAiStreamingChatModel.builder()
                .baseUrl(settings.effectiveBaseUrl())
                .httpClientBuilder(http11())
                .apiKey(apiKeyOrPlaceholder())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .temperature(0.7)
                .build(), breaker, new KeyRedaction(settings.apiKey()));
    }

    /** The breaker shared by every model built here. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    public LlmSettings settings() {
        return settings;
    }

    /**
     * HTTP/1.1 only. The JDK client's default, HTTP/2, sends {@code Upgrade: h2c} with every request to an
     * {@code http://} endpoint: uvicorn-based servers (vLLM) and LM Studio then drop the body and answer 400, and
     * the upgrade attempt costs time on every call even where it is ignored.
     */
    private static JdkHttpClientBuilder http11() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    // Local servers (Ollama, vLLM, LM Studio) need no key, but the client requires a non-empty one.
    private String apiKeyOrPlaceholder() {
        return settings.apiKey().isEmpty() ? "not-needed" : settings.apiKey();
    }
}
