package dev.interviewer.llm;

import dev.interviewer.interview.target.GapWriter;
import dev.interviewer.lang.Wording;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes gap questions with an LLM through {@link GapQuestionAssistant}, one call for all the gaps of an interview.
 * The reply is checked (one non-empty question per requirement, each a short plain sentence or two); anything
 * else throws, and the interview is then planned from the notes only.
 */
public final class LlmGapWriter implements GapWriter {
    /** Longest question accepted. */
    public static final int MAX_CHARS = 400;

    private final GapQuestionAssistant assistant;

    public LlmGapWriter(GapQuestionAssistant assistant) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
    }

    public static LlmGapWriter of(ChatModel model) {
        return new LlmGapWriter(AiServices.builder(GapQuestionAssistant.class).chatModel(model).build());
    }

    @Override
    public List<String> questions(List<String> requirements, String language) {
        GapQuestionAssistant.WrittenQuestions reply = assistant.write(prompt(requirements, language));
        if (reply == null || reply.questions() == null || reply.questions().size() != requirements.size()) {
            throw new InvalidLlmOutputException("expected " + requirements.size() + " questions, got "
                    + (reply == null || reply.questions() == null ? 0 : reply.questions().size()));
        }
        List<String> questions = reply.questions().stream().map(q -> q == null ? "" : q.strip()).toList();
        for (String q : questions) {
            if (q.isEmpty() || q.length() > MAX_CHARS || q.startsWith("{") || q.startsWith("```")) {
                throw new InvalidLlmOutputException("not a question: " + q);
            }
        }
        return questions;
    }

    static String prompt(List<String> requirements, String language) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < requirements.size(); i++) {
            // Requirement text is pasted by the candidate: braces must not look like template variables.
            list.append(i + 1).append(". ").append(requirements.get(i).replace("{{", "{ {").replace("}}", "} }"))
                    .append('\n');
        }
        return Prompts.render("gap-questions-user.txt", Map.of(
                "language", Wording.of(Wording.supports(language) ? language : Wording.defaultLanguage())
                        .text("language.name"),
                "requirements", list.toString().strip()));
    }
}
