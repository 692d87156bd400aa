package dev.interviewer.bench;

import com.fasterxml.jackson.databind.JsonNode;

/** What the stub endpoint says: a short interviewer message, or a well-formed grade when JSON is asked for. */
final class StubReplies {
    private StubReplies() {
    }

    /** The grader calls without streaming and wants JSON; the interviewer streams prose. */
    static String reply(JsonNode request) {
        if (!request.path("stream").asBoolean(false) && (request.has("response_format") || asksForJson(request))) {
            return GRADE_JSON;
        }
        return "好的。那我们换个角度：在实际训练里，你会怎样验证这个结论？请结合一个具体的例子说明。";
    }

    private static boolean asksForJson(JsonNode request) {
        for (JsonNode m : request.path("messages")) {
            if (m.path("content").asText("").contains("JSON")) {
                return true;
            }
        }
        return false;
    }

    // A valid verdict for any card (no key point numbers that a card might lack); the grader caps the score.
    static final String GRADE_JSON = """
            {"score": 6, "covered": [], "pitfalls": [], "feedback": "部分正确：要点讲到了一部分，缺少推导。"}""";
}
