package dev.interviewer.cli;

import dev.interviewer.AppConfig;
import picocli.CommandLine.Option;

/** Flags that override the LLM environment variables. */
public final class LlmOptions {
    @Option(names = "--base-url", paramLabel = "URL", description = "OpenAI-compatible endpoint (env OPENAI_BASE_URL).")
    String baseUrl;

    @Option(names = "--model", paramLabel = "NAME", description = "Model name (env INTERVIEWER_MODEL).")
    String model;

    @Option(names = "--offline", description = "Ignore any configured LLM endpoint and use the offline engine.")
    boolean offline;

    AppConfig.Builder apply(AppConfig.Builder builder) {
        builder.baseUrl(baseUrl).model(model);
        if (offline) {
            builder.offline();
        }
        return builder;
    }
}
