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

    @Option(names = "--price-in", paramLabel = "PRICE",
            description = "The model's price per million prompt tokens, for cost estimates (with --price-out).")
    Double priceIn;

    @Option(names = "--price-out", paramLabel = "PRICE",
            description = "The model's price per million completion tokens, for cost estimates (with --price-in).")
    Double priceOut;

    AppConfig.Builder apply(AppConfig.Builder builder) {
        builder.baseUrl(baseUrl).model(model).prices(priceIn, priceOut);
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
