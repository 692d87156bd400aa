package dev.interviewer.llm;

import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;

/** The LLM interviewer role: phrases the code's decision for one interview, remembering that interview's turns. */
public interface InterviewerAgent {
    TokenStream phrase(@MemoryId String interviewId, @UserMessage String instruction);
}
