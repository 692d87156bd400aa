package dev.interviewer.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Flags that override the LLM environment variables. */
public final class LlmOptions {
    @Option(names = "--base-url", paramLabel = "URL", description = "OpenAI-compatible endpoint (env OPENAI_BASE_URL).")
    String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name (env INTERVIEWER_MODEL).")
    String model;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS",
            description = "How long to wait for the LLM endpoint before using the offline engine (default: 30).")
    Integer timeoutSeconds;

    @Option(names = "--offline", description = "Ignore any configured LLM endpoint and use the offline engine.")
    boolean offline;

    AppConfig.Builder apply(AppConfig.Builder builder) {
        builder.baseUrl(baseUrl).model(model);
        if (timeoutSeconds != null) {
            if (timeoutSeconds < 1) {
                throw new UserException("--llm-timeout must be at least 1 second: " + timeoutSeconds);
            }
            builder.llmTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        if (offline) {
            builder.offline();
        }
        return builder;
    }
}
