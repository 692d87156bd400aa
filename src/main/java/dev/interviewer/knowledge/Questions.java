package dev.interviewer.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/** Decides how a card's title is asked: as it is when it reads as a question, else "请讲讲 ..." / "Explain ...". */
final class Questions {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern ZH_QUESTION = Pattern.compile(
            "为什么|为何|如何|怎么|怎样|什么|区别|哪些|哪个|哪种|是否|能否|可否|能不能|是不是|有没有|多少|几种|[吗呢][?？。]?$"
                    // Requests read as questions too: "请讲讲 X", "手写 softmax", "推导 DPO 的损失"
                    + "|^(?:请|试)?(?:讲讲|讲一下|说说|说一下|介绍|解释|手写|手撕|实现|写一个|推导|比较|对比|分析|描述)");
    private static final Pattern EN_QUESTION = Pattern.compile(
            "^(what|why|how|when|where|which|who|is|are|was|were|can|could|does|do|did|should|would|will"
                    + "|explain|describe|compare)\\b|\\bdifference between\\b",
            Pattern.CASE_INSENSITIVE);

    private Questions() {
    }

    static boolean isQuestion(String title) {
        String t = title.strip();
        return t.endsWith("?") || t.endsWith("？") || ZH_QUESTION.matcher(t).find() || EN_QUESTION.matcher(t).find();
    }

    static boolean hasChinese(String text) {
        return CJK.matcher(text).find();
    }

    /** The question to ask; {@code context} (reference, topic) decides the language when the title has none. */
    static String ask(String title, List<String> context) {
        if (isQuestion(title)) {
            return title;
        }
        boolean chinese = hasChinese(title) || context.stream().anyMatch(Questions::hasChinese);
        return chinese ? "请讲讲 " + title : "Explain " + title;
    }

    /** The English form of a derived question, or "" when only the Chinese one is known. */
    static String english(String title, String question) {
        if (!hasChinese(question)) {
            return question;
        }
        return hasChinese(title) || isQuestion(title) ? "" : "Explain " + title;
    }
}
