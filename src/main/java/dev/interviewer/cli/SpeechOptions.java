package dev.interviewer.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Flags for the speech endpoint behind voice answers and server voices (see README, "Voice"). */
public final class SpeechOptions {
    @Option(names = "--stt-base-url", paramLabel = "URL",
            description = "OpenAI-compatible speech endpoint for voice answers, e.g. http://localhost:8000/v1"
                    + " (env INTERVIEWER_STT_BASE_URL; key from INTERVIEWER_STT_KEY).")
    String baseUrl;

    @Option(names = "--stt-model", paramLabel = "NAME",
            description = "Transcription model (env INTERVIEWER_STT_MODEL; default: whisper-1).")
    String model;

    @Option(names = "--stt-timeout", paramLabel = "SECONDS",
            description = "How long to wait for a transcription (default: 60).")
    Integer timeoutSeconds;

    @Option(names = "--tts-model", paramLabel = "NAME",
            description = "Server voice model on the speech endpoint's /audio/speech, e.g. tts-1 or kokoro"
                    + " (env INTERVIEWER_TTS_MODEL; default: none, the browser's voices).")
    String ttsModel;

    @Option(names = "--tts-voice", paramLabel = "NAME",
            description = "Server voice (env INTERVIEWER_TTS_VOICE; default: alloy).")
    String ttsVoice;

    AppConfig.Builder apply(AppConfig.Builder builder) {
        if (timeoutSeconds != null) {
            if (timeoutSeconds < 1) {
                throw new UserException("--stt-timeout must be at least 1 second: " + timeoutSeconds);
            }
            builder.sttTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        return builder.sttBaseUrl(baseUrl).sttModel(model).ttsModel(ttsModel).ttsVoice(ttsVoice);
    }
}
