package dev.interviewer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeyRedactionTest {
    private static final String KEY = "sk-test-LEAKCHECK-1234567890";
    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("hi")).build();
    private final KeyRedaction redaction = new KeyRedaction(KEY);

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void anErrorThatEchoesTheKeyIsReplacedByOneWithTheKeyMaskedAndNoCause() {
        RuntimeException echoed = new IllegalStateException("401: Incorrect API key provided: " + KEY,
                new RuntimeException("body: {\"key\":\"Bearer " + KEY + "\"}"));
        Throwable cleaned = redaction.clean(echoed);
        assertThat(printed(cleaned)).doesNotContain(KEY).contains("IllegalStateException", "Incorrect API key",
                KeyRedaction.MASK);
        assertThat(cleaned.getCause()).isNull();
    }

    @Test
    void aKeyInACauseOnlyIsFoundToo() {
        RuntimeException wrapped = new RuntimeException("call failed", new RuntimeException("echo " + KEY));
        assertThat(printed(redaction.clean(wrapped))).doesNotContain(KEY).contains("call failed");
    }

    @Test
    void anErrorWithoutTheKeyIsPassedOnUnchanged() {
        RuntimeException plain = new IllegalStateException("connection refused");
        assertThat(redaction.clean(plain)).isSameAs(plain);
        assertThat(new KeyRedaction("").clean(plain)).isSameAs(plain);
    }

    @Test
    void bothModelsHandTheirCallersErrorsWithoutTheKey() {
        CircuitBreaker breaker = new CircuitBreaker(10, Duration.ofSeconds(1), Clock.systemUTC());
        ChatModel echoing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                throw new IllegalStateException("Incorrect API key provided: " + KEY);
            }
        };
        assertThatThrownBy(() -> new GuardedChatModel(echoing, breaker, redaction).chat(REQUEST))
                .satisfies(e -> assertThat(printed(e)).doesNotContain(KEY));

        StreamingChatModel echoingStream = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                handler.onError(new IllegalStateException("Incorrect API key provided: " + KEY));
            }
        };
        AtomicReference<Throwable> seen = new AtomicReference<>();
        new GuardedStreamingChatModel(echoingStream, breaker, redaction).chat(REQUEST,
                new StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        seen.set(new AssertionError("unexpected " + AiMessage.from("x")));
                    }

                    @Override
                    public void onError(Throwable error) {
                        seen.set(error);
                    }
                });
        assertThat(printed(seen.get())).doesNotContain(KEY).contains("Incorrect API key provided");
    }
}
