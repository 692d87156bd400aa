package dev.interviewer.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

/** The LLM role that grades one answer against one card, as structured output. */
public interface GradingAssistant {
    @SystemMessage(fromResource = "prompts/grader-system.txt")
    LlmVerdict grade(@UserMessage String prompt);
}
