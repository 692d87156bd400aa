package dev.interviewer.cli;

import dev.interviewer.grading.Engine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the web UI and the API. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and API (the default).")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Mixin
    SpeechOptions speechOptions;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 7070).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: 127.0.0.1).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token required when bound to a non-loopback address (env INTERVIEWER_TOKEN).")
    String token;

    @Option(names = "--rate-limit", paramLabel = "N",
            description = "Answers and gradings per minute per client, 0 = off (default: 60).")
    Integer rateLimit;

    @Option(names = "--retention", paramLabel = "R",
            description = "Desired recall probability when a card comes back for review, 0.7-0.99 (default: 0.9).")
    Double retention;

    @Override
    public Integer call() throws InterruptedException {
        AppConfig config = speechOptions.apply(llmOptions.apply(common.configBuilder())).port(port).host(host)
                .token(token).rateLimitPerMinute(rateLimit).retention(retention).build();
        App app = App.open(config);
        App.Server server = app.startServer();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            app.close();
            stopped.countDown();
        }, "shutdown"));
        String url = "http://" + displayHost(config.host()) + ":" + server.port();
        PrintWriter out = spec.commandLine().getOut();
        // The page is served at once; search and grading work once the cards are indexed.
        out.printf("Interviewer is listening on %s; indexing %d cards (%s engine)%n", url, app.knowledge().size(),
                config.llm().enabled() ? Engine.LLM + " " + config.llm().model() : Engine.OFFLINE);
        server.ready().thenRun(() -> out.printf("Interviewer is ready: %s. Ctrl+C stops it.%n", url));
        stopped.await();
        return 0;
    }

    private static String displayHost(String host) {
        return "127.0.0.1".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
