package dev.interviewer.llm;

import dev.interviewer.enrich.Proposal;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

/** The LLM role that proposes annotations for one card from its own text, as structured output. */
public interface AnnotationAssistant {
    @SystemMessage(fromResource = "prompts/enrich-system.txt")
    Result<Proposal> propose(@UserMessage String prompt);
}
