package dev.interviewer.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A streaming chat model behind a {@link CircuitBreaker}. A refused call ends at once in
 * {@link StreamingChatResponseHandler#onError} with a {@link CircuitOpenException}. An error counts as a failure,
 * and so does a stream that the caller cancels before it completes (its watchdog found it stalled). Errors reach
 * the handler without the API key in them ({@link KeyRedaction}).
 */
final class GuardedStreamingChatModel implements StreamingChatModel {
    private final StreamingChatModel delegate;
    private final CircuitBreaker breaker;
    private final KeyRedaction redaction;

    GuardedStreamingChatModel(StreamingChatModel delegate, CircuitBreaker breaker, KeyRedaction redaction) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.redaction = Objects.requireNonNull(redaction, "redaction");
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, ChatRequestOptions.EMPTY, handler);
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        if (!breaker.tryAcquire()) {
            handler.onError(new CircuitOpenException(breaker.retryIn()));
            return;
        }
        Outcome outcome = new Outcome(breaker);
        try {
            delegate.chat(request, options, new Reporting(handler, outcome, redaction));
        } catch (RuntimeException e) {
            outcome.failed();
            throw redaction.clean(e);
        }
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    /** Reports one call's outcome to the breaker exactly once. */
    private static final class Outcome {
        private final CircuitBreaker breaker;
        private final AtomicBoolean reported = new AtomicBoolean();

        Outcome(CircuitBreaker breaker) {
            this.breaker = breaker;
        }

        void succeeded() {
            if (reported.compareAndSet(false, true)) {
                breaker.success();
            }
        }

        void failed() {
            if (reported.compareAndSet(false, true)) {
                breaker.failure();
            }
        }
    }

    /** Forwards every event unchanged, noting how the call ended. */
    private static final class Reporting implements StreamingChatResponseHandler {
        private final StreamingChatResponseHandler handler;
        private final Outcome outcome;
        private final KeyRedaction redaction;

        Reporting(StreamingChatResponseHandler handler, Outcome outcome, KeyRedaction redaction) {
            this.handler = handler;
            this.outcome = outcome;
            this.redaction = redaction;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            handler.onPartialResponse(partialResponse);
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            handler.onPartialResponse(partial, new PartialResponseContext(watched(context.streamingHandle())));
        }

        @Override
        public void onPartialThinking(PartialThinking partialThinking) {
            handler.onPartialThinking(partialThinking);
        }

        @Override
        public void onPartialThinking(PartialThinking partial, PartialThinkingContext context) {
            handler.onPartialThinking(partial, new PartialThinkingContext(watched(context.streamingHandle())));
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall) {
            handler.onPartialToolCall(partialToolCall);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partial, PartialToolCallContext context) {
            handler.onPartialToolCall(partial, new PartialToolCallContext(watched(context.streamingHandle())));
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall completeToolCall) {
            handler.onCompleteToolCall(completeToolCall);
        }

        @Override
        public void onUnmappedRawEvent(Object event) {
            handler.onUnmappedRawEvent(event);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            outcome.succeeded();
            handler.onCompleteResponse(response);
        }

        @Override
        public void onError(Throwable error) {
            outcome.failed();
            handler.onError(redaction.clean(error));
        }

        private StreamingHandle watched(StreamingHandle handle) {
            if (handle == null) {
                return null;
            }
            return new StreamingHandle() {
                @Override
                public void cancel() {
                    outcome.failed();
                    handle.cancel();
                }

                @Override
                public boolean isCancelled() {
                    return handle.isCancelled();
                }
            };
        }
    }
}
