package dev.interviewer.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible speech endpoint ({@code /audio/transcriptions}, and {@code /audio/speech} when
 * a TTS model is named). Separate from the chat endpoint: DeepSeek has no audio, and a local whisper server is
 * not the LLM. Disabled unless a base URL or a key of its own is given, so audio never goes anywhere the user did
 * not name for speech. {@link #toString()} never prints the key.
 *
 * @param ttsModel empty for no server voices (the page then uses the browser's)
 */
public record SpeechSettings(String apiKey, String baseUrl, String model, String ttsModel, String ttsVoice,
        Duration timeout) {
    public static final String DEFAULT_MODEL = "whisper-1";
    public static final String DEFAULT_VOICE = "alloy";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public SpeechSettings {
        apiKey = apiKey == null ? "" : apiKey.trim();
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        model = model == null || model.isBlank() ? DEFAULT_MODEL : model.trim();
        ttsModel = ttsModel == null ? "" : ttsModel.trim();
        ttsVoice = ttsVoice == null || ttsVoice.isBlank() ? DEFAULT_VOICE : ttsVoice.trim();
        Objects.requireNonNull(timeout, "timeout");
    }

    public static SpeechSettings disabled() {
        return new SpeechSettings("", "", DEFAULT_MODEL, "", DEFAULT_VOICE, DEFAULT_TIMEOUT);
    }

    /** Transcription is on when a speech base URL (a local server needs no key) or a speech key (OpenAI) is set. */
    public boolean enabled() {
        return !baseUrl.isEmpty() || !apiKey.isEmpty();
    }

    /** Server voices are on when transcription is and a TTS model is named. */
    public boolean speechEnabled() {
        return enabled() && !ttsModel.isEmpty();
    }

    public String effectiveBaseUrl() {
        return baseUrl.isEmpty() ? LlmSettings.DEFAULT_BASE_URL : baseUrl;
    }

    /**
     * Whether a key meant for {@code otherBaseUrl} may be sent here: only to the same host, so the chat key never
     * reaches a third party's speech server.
     */
    public boolean sameHostAs(String otherBaseUrl) {
        return host(effectiveBaseUrl()).equals(host(otherBaseUrl == null || otherBaseUrl.isBlank()
                ? LlmSettings.DEFAULT_BASE_URL : otherBaseUrl));
    }

    public SpeechSettings withApiKey(String key) {
        return new SpeechSettings(key, baseUrl, model, ttsModel, ttsVoice, timeout);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? url.trim() : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url.trim();
        }
    }

    @Override
    public String toString() {
        return "SpeechSettings[baseUrl=" + effectiveBaseUrl() + ", model=" + model + ", ttsModel=" + ttsModel
                + ", ttsVoice=" + ttsVoice + ", key=" + (apiKey.isEmpty() ? "none" : "set") + ", timeout=" + timeout
                + "]";
    }
}
