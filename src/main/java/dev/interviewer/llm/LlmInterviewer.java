package dev.interviewer.llm;

import dev.interviewer.interview.phrasing.Interviewer;
import dev.interviewer.interview.phrasing.MessageListener;
import dev.interviewer.interview.phrasing.PhraseRequest;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.phrasing.TokenUsage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phrases the interview's messages with an LLM, streamed token by token. The code has already decided what to say;
 * the model only words it. Each call carries the decision and the interviewer's last few messages as the candidate
 * saw them (for continuity), not the whole conversation: earlier answers and instructions only cost tokens.
 * Any failure (HTTP error, timeout, a stream that stalls, output that is empty, too long, not prose or that gives the
 * missed point away) ends the attempt: the partial text is withdrawn with a reset and the offline draft is sent
 * instead, flagged as a fallback.
 */
public final class LlmInterviewer implements Interviewer, AutoCloseable {
    /** Longest pause between two streamed tokens before the stream counts as stalled. */
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(10);
    /** Longest message accepted; interviewer turns are a few sentences. */
    public static final int MAX_CHARS = 1200;

    private static final Logger LOG = LoggerFactory.getLogger(LlmInterviewer.class);
    // Enough for the model to vary its acknowledgements and not repeat itself.
    private static final int RECENT_MESSAGES = 3;
    private static final int MAX_RECENT_CHARS = 300;
    private static final int MAX_ANSWER_IN_PROMPT = 2000;

    private final InterviewerAgent agent;
    private final Map<String, Deque<String>> recent = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final ExecutorService starter;
    private final Duration firstToken;
    private final Duration idle;

    /**
     * @param firstToken how long to wait for the first token (the model's own timeout also applies)
     * @param idle       how long to wait between tokens once the stream has started
     */
    public LlmInterviewer(StreamingChatModel model, Duration firstToken, Duration idle) {
        this.firstToken = Objects.requireNonNull(firstToken, "firstToken");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.agent = AiServices.builder(InterviewerAgent.class)
                .streamingChatModel(model)
                .systemMessageProvider(id -> Prompts.template("interviewer-system.txt"))
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("interviewer-watchdog"));
        this.starter = Executors.newCachedThreadPool(daemon("interviewer-start"));
    }

    /** Starts phrasing on a worker thread: building and sending the request takes milliseconds nobody waits for. */
    @Override
    public void phrase(PhraseRequest request, MessageListener listener) {
        if (request.verbatim()) {
            // Already worded (a gap question the model wrote when the interview was planned): said as it is.
            listener.token(request.draft());
            remember(request.interviewId(), request.draft());
            listener.done(Prompt.offline(request.draft()));
            return;
        }
        Attempt attempt = new Attempt(request, listener);
        try {
            starter.execute(() -> start(request, attempt));
        } catch (RejectedExecutionException e) {
            attempt.fail(e);
        }
    }

    private void start(PhraseRequest request, Attempt attempt) {
        try {
            TokenStream stream = agent.phrase(instruction(request, recentMessages(request.interviewId())));
            stream.onPartialResponseWithContext((partial, context) ->
                            attempt.token(partial.text(), context.streamingHandle()))
                    .onCompleteResponse(attempt::complete)
                    .onError(attempt::fail);
            attempt.arm(firstToken);
            stream.start();
        } catch (RuntimeException e) {
            attempt.fail(e);
        }
    }

    @Override
    public void forget(String interviewId) {
        recent.remove(interviewId);
    }

    private List<String> recentMessages(String interviewId) {
        Deque<String> said = recent.get(interviewId);
        if (said == null) {
            return List.of();
        }
        synchronized (said) {
            return List.copyOf(said);
        }
    }

    // What the candidate saw, model's words or the offline draft, so later turns stay coherent.
    private void remember(String interviewId, String message) {
        Deque<String> said = recent.computeIfAbsent(interviewId, k -> new ArrayDeque<>());
        synchronized (said) {
            said.addLast(message.length() > MAX_RECENT_CHARS ? message.substring(0, MAX_RECENT_CHARS) + " …"
                    : message);
            while (said.size() > RECENT_MESSAGES) {
                said.removeFirst();
            }
        }
    }

    @Override
    public void close() {
        starter.shutdownNow();
        watchdog.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    static String instruction(PhraseRequest r, List<String> recentMessages) {
        return Prompts.render("interviewer-turn.txt", Map.ofEntries(
                Map.entry("recent", recentMessages.isEmpty() ? "(none)"
                        : asData(String.join("\n", recentMessages))),
                Map.entry("kind", r.kind().label()),
                Map.entry("language", r.language()),
                Map.entry("style", style(r.style())),
                Map.entry("number", Integer.toString(r.number())),
                Map.entry("total", Integer.toString(r.total())),
                Map.entry("topic", r.topic()),
                Map.entry("question", r.question()),
                Map.entry("target", r.target()),
                Map.entry("curated", r.curated()),
                Map.entry("draft", r.draft()),
                Map.entry("answer", asData(r.lastAnswer()))));
    }

    // The tone of each interview style, from prompts/style-<style>.txt (standard for an unknown one).
    private static String style(String label) {
        String name = List.of("friendly", "standard", "pressure").contains(label) ? label : "standard";
        return Prompts.template("style-" + name + ".txt").strip();
    }

    /**
     * The candidate's text, made inert: braces cannot form template variables and the closing tag cannot end
     * the data block early.
     */
    static String asData(String answer) {
        String text = answer.length() > MAX_ANSWER_IN_PROMPT ? answer.substring(0, MAX_ANSWER_IN_PROMPT) + " …"
                : answer;
        return text.replace("{", "(").replace("}", ")").replace("</candidate_answer>", "</ candidate_answer>");
    }

    /** Why phrased text cannot be used, or null when it can. */
    static String rejection(String text, PhraseRequest request) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "empty output";
        }
        if (trimmed.length() > MAX_CHARS) {
            return "output longer than " + MAX_CHARS + " characters";
        }
        if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.startsWith("```")
                || trimmed.contains("<candidate_answer>")) {
            return "output is not an interviewer message";
        }
        String target = request.target().strip().toLowerCase(Locale.ROOT);
        if (target.length() >= 6 && trimmed.toLowerCase(Locale.ROOT).contains(target)) {
            return "output reveals the missed point";
        }
        return null;
    }

    /** One phrasing: forwards tokens until it completes or fails, and ends exactly once. */
    private final class Attempt {
        private final PhraseRequest request;
        private final MessageListener listener;
        private final StringBuilder sent = new StringBuilder();
        private StreamingHandle handle;
        private ScheduledFuture<?> timer;
        private boolean over;

        Attempt(PhraseRequest request, MessageListener listener) {
            this.request = request;
            this.listener = listener;
        }

        synchronized void arm(Duration wait) {
            if (timer != null) {
                timer.cancel(false);
            }
            if (!over) {
                timer = watchdog.schedule(() -> fail(new StalledStreamException(wait)), wait.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }

        synchronized void token(String text, StreamingHandle streamingHandle) {
            handle = streamingHandle;
            if (over || text == null || text.isEmpty()) {
                return;
            }
            if (sent.length() + text.length() > MAX_CHARS) {
                fallBack("output longer than " + MAX_CHARS + " characters");
                return;
            }
            sent.append(text);
            listener.token(text);
            arm(idle);
        }

        synchronized void complete(ChatResponse response) {
            if (over) {
                return;
            }
            String full = sent.length() > 0 || response.aiMessage() == null ? sent.toString()
                    : nullToEmpty(response.aiMessage().text());
            String why = rejection(full, request);
            if (why != null) {
                fallBack(why);
                return;
            }
            if (sent.length() == 0) {
                listener.token(full);
            }
            end();
            remember(request.interviewId(), full.strip());
            listener.done(Prompt.llm(full.strip(), usage(response)));
        }

        synchronized void fail(Throwable error) {
            if (!over) {
                fallBack(error.getClass().getSimpleName() + ": " + nullToEmpty(error.getMessage()));
            }
        }

        private void fallBack(String reason) {
            LOG.warn("interviewer LLM failed for interview {} turn {}, using the offline text: {}",
                    request.interviewId(), request.turn(), reason);
            end();
            if (handle != null && !handle.isCancelled()) {
                handle.cancel();
            }
            if (sent.length() > 0) {
                listener.reset("the model failed; using the offline interviewer for this turn");
            }
            listener.token(request.draft());
            remember(request.interviewId(), request.draft());
            listener.done(Prompt.fallback(request.draft(), TokenUsage.NONE));
        }

        private void end() {
            over = true;
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    private static TokenUsage usage(ChatResponse response) {
        dev.langchain4j.model.output.TokenUsage u = response.tokenUsage();
        if (u == null) {
            return TokenUsage.NONE;
        }
        return new TokenUsage(u.inputTokenCount() == null ? 0 : u.inputTokenCount(),
                u.outputTokenCount() == null ? 0 : u.outputTokenCount());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** No token arrived within the allowed time. */
    static final class StalledStreamException extends RuntimeException {
        StalledStreamException(Duration wait) {
            super("no token for " + wait.toMillis() + " ms");
        }
    }
}
