package dev.interviewer.llm;

import dev.interviewer.interview.voice.AudioClip;
import dev.interviewer.interview.voice.VoiceException;
import dev.interviewer.interview.voice.Speaker;
import dev.interviewer.interview.voice.Transcriber;
import dev.interviewer.lang.Wording;
import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.TextToSpeechModel;
import dev.langchain4j.model.audio.TextToSpeechRequest;
import dev.langchain4j.model.openai.OpenAiAudioTranscriptionModel;
import dev.langchain4j.model.openai.OpenAiTextToSpeechModel;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LangChain4j's OpenAI audio models for any OpenAI-compatible speech endpoint (whisper.cpp server, speaches,
 * Groq, OpenAI): speech to text through {@code /audio/transcriptions}, text to speech through {@code /audio/speech}.
 * No retries: the candidate is waiting, and the typed answer path is always there. Failures become a
 * {@link VoiceException} whose message names what went wrong and never carries the key.
 */
public final class SpeechModels {
    private static final Logger LOG = LoggerFactory.getLogger(SpeechModels.class);

    private final SpeechSettings settings;
    private final KeyRedaction redaction;

    public SpeechModels(SpeechSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no speech endpoint configured: " + settings);
        }
        this.settings = settings;
        this.redaction = new KeyRedaction(settings.apiKey());
    }

    public SpeechSettings settings() {
        return settings;
    }

    /** Speech to text with the configured model. */
    public Transcriber transcriber() {
        AudioTranscriptionModel model = OpenAiAudioTranscriptionModel.builder()
                .baseUrl(settings.effectiveBaseUrl())
                .httpClientProvider(http11())
                .apiKey(apiKeyOrPlaceholder())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
        return new Transcriber() {
            @Override
            public String transcribe(AudioClip clip, String language) {
                return SpeechModels.this.transcribe(model, clip, language);
            }

            @Override
            public String engine() {
                return settings.model();
            }
        };
    }

    /** Text to speech with the configured TTS model and voice; only when one is configured. */
    public Speaker speaker() {
        if (!settings.speechEnabled()) {
            throw new IllegalStateException("no TTS model configured: " + settings);
        }
        TextToSpeechModel model = OpenAiTextToSpeechModel.builder()
                .baseUrl(settings.effectiveBaseUrl())
                .httpClientBuilder(http11())
                .apiKey(apiKeyOrPlaceholder())
                .modelName(settings.ttsModel())
                .voice(settings.ttsVoice())
                .timeout(settings.timeout())
                .maxRetries(0)
                .build();
        return text -> speak(model, text);
    }

    private String transcribe(AudioTranscriptionModel model, AudioClip clip, String language) {
        AudioTranscriptionRequest.Builder request = AudioTranscriptionRequest.builder()
                .audio(Audio.builder().binaryData(clip.bytes()).mimeType(clip.format().mimeType()).build())
                .temperature(0.0);
        if (language != null) {
            // Whisper drops fillers ("um") unless the prompt shows it that they belong in the transcript; the
            // delivery feedback counts them.
            request.language(language).prompt(Wording.of(language).text("voice.transcriptionPrompt"));
        }
        String text;
        try {
            text = model.transcribe(request.build()).text();
        } catch (RuntimeException e) {
            throw failure("transcription", e);
        }
        if (text == null || text.isBlank()) {
            throw new VoiceException(VoiceException.Reason.NOTHING_HEARD,
                    "the speech endpoint heard no words in the recording");
        }
        return text.strip();
    }

    private Speaker.SpokenAudio speak(TextToSpeechModel model, String text) {
        try {
            Audio audio = model.synthesize(TextToSpeechRequest.builder().text(text).voice(settings.ttsVoice()).build())
                    .audio();
            return new Speaker.SpokenAudio(audio.binaryData(), Objects.requireNonNullElse(audio.mimeType(),
                    "audio/mpeg"));
        } catch (RuntimeException e) {
            throw failure("speech", e);
        }
    }

    private VoiceException failure(String what, RuntimeException e) {
        String endpoint = settings.effectiveBaseUrl();
        VoiceException failure;
        if (timedOut(e)) {
            failure = new VoiceException(VoiceException.Reason.TIMEOUT, "the speech endpoint " + endpoint
                    + " did not answer within " + duration(settings.timeout()));
        } else if (status(e) > 0) {
            failure = new VoiceException(VoiceException.Reason.FAILED, "the speech endpoint " + endpoint
                    + " answered HTTP " + status(e) + " to the " + what + " request");
        } else {
            failure = new VoiceException(VoiceException.Reason.FAILED, "cannot reach the speech endpoint "
                    + endpoint + " (" + e.getClass().getSimpleName() + ")");
        }
        LOG.warn("{} failed: {} ({})", what, failure.getMessage(), redaction.mask(e.getMessage()));
        return failure;
    }

    private static String duration(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    // LangChain4j wraps the HTTP error (InternalServerException, InvalidRequestException, ...) around its status.
    private static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
        }
        return 0;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    // HTTP/1.1 for the reason ChatModels gives: local servers (uvicorn-based speaches) choke on the h2c upgrade.
    private static JdkHttpClientBuilder http11() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    private String apiKeyOrPlaceholder() {
        return settings.apiKey().isEmpty() ? "not-needed" : settings.apiKey();
    }
}
