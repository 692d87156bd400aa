package dev.interviewer.llm;

import dev.interviewer.enrich.AnnotationModel;
import dev.interviewer.enrich.InvalidProposalException;
import dev.interviewer.enrich.Proposal;
import dev.interviewer.enrich.RateLimitedException;
import dev.interviewer.knowledge.Card;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.output.OutputParsingException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes annotations for a card with an LLM ({@link AnnotationAssistant}, structured output, a JSON schema where
 * the endpoint takes one). "Too many requests" and a circuit opened by repeated failures become
 * {@link RateLimitedException} so that the run waits; a reply cut off at the token limit is refused.
 */
public final class LlmAnnotator implements AnnotationModel {
    private static final int MAX_NOTE_CHARS = 6000;

    private final AnnotationAssistant assistant;

    public LlmAnnotator(AnnotationAssistant assistant) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
    }

    public static LlmAnnotator of(ChatModel model) {
        return new LlmAnnotator(AiServices.builder(AnnotationAssistant.class).chatModel(model).build());
    }

    @Override
    public Drafted propose(Card card) {
        Result<Proposal> result;
        try {
            result = assistant.propose(userPrompt(card));
        } catch (RateLimitException e) {
            throw new RateLimitedException("the endpoint answered 429 too many requests", Duration.ZERO);
        } catch (OutputParsingException e) {
            // The message repeats the whole reply; the reply's start is enough to see what came back.
            throw new InvalidProposalException("the reply is not the JSON asked for (cut off, or another shape)");
        } catch (CircuitOpenException e) {
            throw new RateLimitedException(e.getMessage(), Duration.ofSeconds(CircuitBreaker.DEFAULT_COOL_DOWN
                    .toSeconds()));
        }
        if (result == null || result.content() == null) {
            throw new InvalidProposalException("the reply has no proposal");
        }
        if (result.finishReason() == FinishReason.LENGTH) {
            throw new InvalidProposalException("the reply was cut off at the token limit");
        }
        return new Drafted(result.content(), LlmGrader.usage(result.tokenUsage()));
    }

    @Override
    public String prompt(Card card) {
        return Prompts.template("enrich-system.txt") + "\n" + userPrompt(card);
    }

    static String userPrompt(Card card) {
        String note = card.reference().strip();
        if (note.length() > MAX_NOTE_CHARS) {
            note = note.substring(0, MAX_NOTE_CHARS) + " …";
        }
        // LangChain4j reads the user message as a template: braces in notes (LaTeX, code) must not look like one.
        return Prompts.render("enrich-user.txt", Map.of("title", inert(card.title()),
                "path", inert(String.join(" › ", card.path())), "question", inert(card.question()),
                "reference", inert(note.replace("<<<NOTE>>>", "<<< NOTE >>>"))));
    }

    private static String inert(String text) {
        return text.replace("{{", "{ {").replace("}}", "} }");
    }
}
