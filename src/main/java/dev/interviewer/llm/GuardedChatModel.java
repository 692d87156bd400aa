package dev.interviewer.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A chat model behind a {@link CircuitBreaker}: refused calls throw {@link CircuitOpenException} at once. Errors
 * leave without the API key in them ({@link KeyRedaction}).
 */
final class GuardedChatModel implements ChatModel {
    private final ChatModel delegate;
    private final CircuitBreaker breaker;
    private final KeyRedaction redaction;

    GuardedChatModel(ChatModel delegate, CircuitBreaker breaker, KeyRedaction redaction) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.redaction = Objects.requireNonNull(redaction, "redaction");
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        if (!breaker.tryAcquire()) {
            throw new CircuitOpenException(breaker.retryIn());
        }
        try {
            ChatResponse response = delegate.chat(request, options);
            breaker.success();
            return response;
        } catch (RuntimeException e) {
            breaker.failure();
            throw redaction.clean(e);
        }
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request);
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
}
