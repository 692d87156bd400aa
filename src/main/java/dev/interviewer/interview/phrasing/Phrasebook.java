package dev.interviewer.interview.phrasing;

import java.util.List;

/**
 * The offline interviewer's words in one language. Acknowledgements stay neutral: they never hint at how the
 * answer did, since the grade is shown separately and right after. Placeholders: {n}, {total}, {topic}, {cue},
 * {question}. The report's review reasons name key points ({points}, joined with {@code pointSeparator}); the
 * skipped label is also a skipped turn's feedback.
 */
public record Phrasebook(
        List<String> openings,
        List<String> acknowledgements,
        List<String> transitions,
        String questionLine,
        List<String> followUps,
        List<String> curatedFollowUpLeads,
        List<String> hints,
        String noMoreHints,
        String skipped,
        String closing,
        String endedEarly,
        String skippedLabel,
        String hintedReason,
        String missedReason,
        String pointSeparator) {

    static final Phrasebook ZH = new Phrasebook(
            List.of("你好，我们开始吧。今天一共 {total} 个问题，回答后我可能会追问。",
                    "欢迎参加这次模拟面试，共 {total} 题，我们从{topic}开始。",
                    "好，我们开始。一共 {total} 题，想到什么说什么，讲清楚思路最重要。"),
            List.of("好的。", "嗯，明白了。", "收到。", "好，谢谢。", "了解。"),
            List.of("我们看下一题。", "接下来聊聊{topic}。", "好，我们继续。", "换个问题。"),
            "第 {n}/{total} 题：{question}",
            List.of("我们再往下挖一点：{cue}在这里起什么作用？",
                    "关于「{cue}」，你能具体说说吗？",
                    "如果从{cue}的角度看，这个问题该怎么理解？",
                    "再追问一句：{cue}和这个问题有什么关系？"),
            List.of("追问一下：", "再深入一点：", "顺着这个问一句："),
            List.of("提示：可以从「{cue}」这个角度想一想。（用了提示的要点只计一半分）",
                    "小提示：想想{cue}。（用了提示的要点只计一半分）"),
            "这道题没有更多提示了，试着把你知道的都讲出来吧。",
            "没关系，这题先跳过。参考答案已经给出，可以对照看看。",
            "今天的面试就到这里，辛苦了！每道题的得分、覆盖和遗漏的要点都在报告里。",
            "好的，我们提前结束。已经回答的题目都在报告里。",
            "已跳过",
            "用了提示：{points}",
            "遗漏：{points}",
            "；");

    static final Phrasebook EN = new Phrasebook(
            List.of("Hi, let's begin. There are {total} questions today, and I may follow up after your answers.",
                    "Welcome to this mock interview: {total} questions, starting with {topic}.",
                    "Alright, let's start. {total} questions; walking me through your reasoning matters most."),
            List.of("Okay.", "Got it.", "Thanks.", "Alright.", "I see."),
            List.of("Next question.", "Let's move on to {topic}.", "Let's continue.", "On to another question."),
            "Question {n} of {total}: {question}",
            List.of("Let's dig a little deeper: what role does {cue} play here?",
                    "Could you say more about {cue}?",
                    "How would you look at this from the angle of {cue}?",
                    "One more on this: how does {cue} relate to the question?"),
            List.of("A follow-up: ", "Going a bit deeper: ", "Building on that: "),
            List.of("Hint: think about {cue}. (A hinted point earns half credit.)",
                    "A small hint: consider {cue}. (A hinted point earns half credit.)"),
            "No more hints for this one; tell me everything you know about it.",
            "No problem, let's skip this one. The reference answer is shown so you can compare.",
            "That's all for today, thank you! The report shows each question's score and the points you covered "
                    + "and missed.",
            "Okay, we'll stop here. The questions you answered are in the report.",
            "skipped",
            "hinted: {points}",
            "missed: {points}",
            "; ");

    public static Phrasebook of(String language) {
        return "en".equals(language) ? EN : ZH;
    }
}
