package dev.interviewer.llm;

import java.util.List;

/** Builds OpenAI-style streaming bodies: one {@code data:} event per chunk, then {@code data: [DONE]}. */
final class OpenAiStream {
    private OpenAiStream() {
    }

    static String of(List<String> tokens, int promptTokens, int completionTokens) {
        StringBuilder body = new StringBuilder(event("{\"role\":\"assistant\",\"content\":\"\"}", "null"));
        for (String token : tokens) {
            body.append(event("{\"content\":\"" + escape(token) + "\"}", "null"));
        }
        body.append(event("{}", "\"stop\""));
        body.append("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":" + promptTokens + ",\"completion_tokens\":"
                + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}\n\n");
        return body.append("data: [DONE]\n\n").toString();
    }

    static String event(String delta, String finishReason) {
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"test-model\","
                + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason + "}]}\n\n";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
