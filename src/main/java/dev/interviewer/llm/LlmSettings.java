package dev.interviewer.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible endpoint. Disabled when no base URL and no key are set.
 * {@link #toString()} never prints the key.
 */
public record LlmSettings(String apiKey, String baseUrl, String model, Duration timeout) {
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public LlmSettings {
        apiKey = apiKey == null ? "" : apiKey.trim();
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.trim();
        Objects.requireNonNull(timeout, "timeout");
    }

    public static LlmSettings disabled() {
        return new LlmSettings("", "", DEFAULT_MODEL, Duration.ofSeconds(30));
    }

    /** An endpoint is configured when a key is given (OpenAI) or a base URL is (local servers need no key). */
    public boolean enabled() {
        return !apiKey.isEmpty() || !baseUrl.isEmpty();
    }

    public String effectiveBaseUrl() {
        return baseUrl.isEmpty() ? DEFAULT_BASE_URL : baseUrl;
    }

    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + effectiveBaseUrl() + ", model=" + model + ", key="
                + (apiKey.isEmpty() ? "none" : "set") + ", timeout=" + timeout + "]";
    }
}
