package dev.interviewer.llm;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import java.util.List;

/** The LLM role that writes interview questions on requirements the candidate's notes do not cover. */
public interface GapQuestionAssistant {
    /** The questions, one per requirement, in order. */
    record WrittenQuestions(List<String> questions) {
    }

    @SystemMessage(fromResource = "prompts/gap-questions-system.txt")
    WrittenQuestions write(@UserMessage String prompt);
}
