package dev.interviewer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interviewer.testing.MutableClock;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GuardedModelsTest {
    private static final KeyRedaction NO_KEY = new KeyRedaction("");
    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("hi")).build();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(10), clock);

    /** A model that fails or answers as told, counting the calls that reached it. */
    private static final class FakeModel implements ChatModel, StreamingChatModel {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean failing = true;

        @Override
        public Set<Capability> supportedCapabilities() {
            return Set.of();
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return ChatRequestParameters.builder().build();
        }

        @Override
        public List<ChatModelListener> listeners() {
            return List.of();
        }

        @Override
        public ModelProvider provider() {
            return ModelProvider.OTHER;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("endpoint down");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from("ok")).build();
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            calls.incrementAndGet();
            if (failing) {
                handler.onError(new IllegalStateException("endpoint down"));
                return;
            }
            handler.onCompleteResponse(ChatResponse.builder().aiMessage(AiMessage.from("ok")).build());
        }
    }

    /** Records what a caller saw. */
    private static final class Recorder implements StreamingChatResponseHandler {
        final List<Throwable> errors = new ArrayList<>();
        final List<ChatResponse> responses = new ArrayList<>();
        PartialResponseContext context;

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            this.context = context;
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            responses.add(response);
        }

        @Override
        public void onError(Throwable error) {
            errors.add(error);
        }
    }

    @Test
    void aBlockingModelStopsReachingTheEndpointOnceTheCircuitIsOpen() {
        FakeModel fake = new FakeModel();
        ChatModel model = new GuardedChatModel(fake, breaker, NO_KEY);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> model.chat(REQUEST)).hasMessageContaining("endpoint down");
        }
        assertThatThrownBy(() -> model.chat(REQUEST)).isInstanceOf(CircuitOpenException.class);
        assertThat(fake.calls).hasValue(2);

        fake.failing = false;
        clock.advance(Duration.ofSeconds(10));
        assertThat(model.chat(REQUEST).aiMessage().text()).isEqualTo("ok");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aStreamingModelReportsARefusedCallThroughOnErrorWithoutCallingTheEndpoint() {
        FakeModel fake = new FakeModel();
        StreamingChatModel model = new GuardedStreamingChatModel(fake, breaker, NO_KEY);
        for (int i = 0; i < 2; i++) {
            model.chat(REQUEST, new Recorder());
        }
        Recorder refused = new Recorder();
        model.chat(REQUEST, refused);
        assertThat(refused.errors).singleElement().isInstanceOf(CircuitOpenException.class);
        assertThat(fake.calls).hasValue(2);
    }

    @Test
    void aStreamingSuccessClosesTheCircuitAndPassesTheResponseOn() {
        FakeModel fake = new FakeModel();
        fake.failing = false;
        StreamingChatModel model = new GuardedStreamingChatModel(fake, breaker, NO_KEY);
        breaker.failure();
        Recorder recorder = new Recorder();
        model.chat(REQUEST, recorder);
        assertThat(recorder.responses).singleElement().extracting(r -> r.aiMessage().text()).isEqualTo("ok");
        breaker.failure();
        assertThat(breaker.state()).as("the success reset the count").isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aStreamCancelledByItsCallerCountsAsAFailure() {
        AtomicBoolean cancelled = new AtomicBoolean();
        StreamingHandle handle = new StreamingHandle() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        StreamingChatModel stalling = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                handler.onPartialResponse(new PartialResponse("Hel"), new PartialResponseContext(handle));
            }
        };
        StreamingChatModel model = new GuardedStreamingChatModel(stalling, breaker, NO_KEY);
        for (int i = 0; i < 2; i++) {
            Recorder recorder = new Recorder();
            model.chat(REQUEST, recorder);
            recorder.context.streamingHandle().cancel();
        }
        assertThat(cancelled).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
