package dev.interviewer.llm;

import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;

/** The LLM interviewer role: phrases the code's decision; the instruction carries the context it needs. */
public interface InterviewerAgent {
    TokenStream phrase(@UserMessage String instruction);
}
