package dev.interviewer.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

/**
 * The LLM role that grades one answer against one card, as structured output, with the tokens the call used. The
 * fixed system text comes first and the user prompt puts the card before the answer, so providers that cache
 * prompt prefixes reuse everything but the answer.
 */
public interface GradingAssistant {
    @SystemMessage(fromResource = "prompts/grader-system.txt")
    Result<LlmVerdict> grade(@UserMessage String prompt);
}
