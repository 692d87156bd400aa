package dev.interviewer.interview.report;

import dev.interviewer.interview.model.TurnKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Report} as Markdown, for {@code GET /api/interviews/{id}/report.md}: the same report model as
 * the JSON, in the interview's language. The candidate's answers are block quotes, line by line, so whatever
 * Markdown they hold stays inside the quote.
 */
public final class ReportMarkdown {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The words of the report in one language. */
    private record Words(String title, String overall, String scoredOf, String status, String date, String topics,
            String allTopics, String mode, String tokens, String fallbacks, String byTopic, String topic,
            String average, String questions, String interviewer, String answer, String noAnswer, String grade,
            String covered, String missed, String reference, String noReference, String skipped, String notScored,
            String review, String nothingToReview, String followUp, String hinted) {
    }

    private static final Words EN = new Words("Interview report", "Overall score", "%d of %d questions scored",
            "Status", "Date", "Topics", "all", "Mode", "Tokens", "fallbacks to the offline engine", "Scores by topic",
            "Topic", "Average", "Questions", "Interviewer", "Answer", "(no answer)", "Grade", "Covered", "Missed",
            "Reference answer", "(the notes have no reference answer)", "skipped", "not scored", "To review",
            "Nothing to review.", "follow-up", "after a hint");

    private static final Words ZH = new Words("面试报告", "总分", "已评分 %d / %d 题", "状态", "时间", "主题", "全部",
            "模式", "Token 用量", "次改用离线引擎", "各主题得分", "主题", "平均分", "题目", "面试官", "回答", "（未回答）",
            "评分", "已覆盖", "遗漏", "参考答案", "（笔记中没有参考答案）", "已跳过", "未评分", "需要复习",
            "没有需要复习的卡片。", "追问", "有提示");

    public String render(Report report) {
        Words w = report.config().english() ? EN : ZH;
        StringBuilder md = new StringBuilder();
        header(md, report, w);
        topics(md, report, w);
        md.append("## ").append(w.questions()).append("\n\n");
        for (Report.QuestionReport q : report.questions()) {
            question(md, q, w);
        }
        review(md, report, w);
        return md.toString();
    }

    private static void header(StringBuilder md, Report r, Words w) {
        md.append("# ").append(w.title()).append("\n\n");
        md.append("- **").append(w.overall()).append(":** ").append(score(r.score())).append(" / 10 (")
                .append(String.format(Locale.ROOT, w.scoredOf(), r.questionsScored(), r.questionsPlanned()))
                .append(")\n");
        md.append("- **").append(w.status()).append(":** ").append(r.status().label()).append('\n');
        md.append("- **").append(w.date()).append(":** ").append(time(r.createdAt()))
                .append(r.finishedAt() == null ? "" : " – " + time(r.finishedAt())).append('\n');
        List<String> topics = r.config().topics();
        md.append("- **").append(w.topics()).append(":** ")
                .append(topics.isEmpty() ? w.allTopics() : String.join(", ", topics)).append('\n');
        md.append("- **").append(w.mode()).append(":** ").append(r.config().mode().label()).append('\n');
        if (r.usage().total() > 0 || r.fallbacks() > 0) {
            md.append("- **").append(w.tokens()).append(":** ").append(r.usage().total()).append(" (")
                    .append(r.usage().input()).append(" in, ").append(r.usage().output()).append(" out), ")
                    .append(r.fallbacks()).append(' ').append(w.fallbacks()).append('\n');
        }
        md.append('\n');
    }

    private static void topics(StringBuilder md, Report r, Words w) {
        if (r.topics().isEmpty()) {
            return;
        }
        md.append("## ").append(w.byTopic()).append("\n\n");
        md.append("| ").append(w.topic()).append(" | ").append(w.average()).append(" | ").append(w.questions())
                .append(" |\n|---|---:|---:|\n");
        for (Report.TopicScore t : r.topics()) {
            md.append("| ").append(cell(t.topic())).append(" | ").append(score(t.average())).append(" | ")
                    .append(t.questions()).append(" |\n");
        }
        md.append('\n');
    }

    private static void question(StringBuilder md, Report.QuestionReport q, Words w) {
        md.append("### ").append(q.number()).append(". ").append(oneLine(q.title())).append(" — ");
        md.append(q.skipped() ? w.skipped() : q.scored() ? score(q.score()) + " / 10" : w.notScored()).append("\n\n");
        if (!q.source().isEmpty()) {
            md.append('`').append(q.source().replace("`", "'")).append("`\n\n");
        }
        for (Report.TurnReport t : q.turns()) {
            turn(md, t, w);
        }
        points(md, w.covered(), "✓", q.covered(), w);
        points(md, w.missed(), "✗", q.missed(), w);
        md.append("**").append(w.reference()).append("**\n\n");
        md.append(q.reference().isBlank() ? w.noReference() : q.reference().strip()).append("\n\n");
    }

    private static void turn(StringBuilder md, Report.TurnReport t, Words w) {
        String who = t.kind() == TurnKind.FOLLOW_UP ? w.interviewer() + " (" + w.followUp() + ")" : w.interviewer();
        md.append("**").append(who).append(":** ").append(oneLine(t.prompt())).append("\n\n");
        md.append("**").append(w.answer()).append(":**\n\n");
        md.append(t.answer().isBlank() ? "> " + w.noAnswer() + "\n" : quote(t.answer())).append('\n');
        if (t.score() != null) {
            md.append("*").append(w.grade()).append(": ").append(score(t.score())).append(" (")
                    .append(t.band().label()).append(")*");
            if (!t.feedback().isBlank()) {
                md.append(" — ").append(oneLine(t.feedback()));
            }
            md.append("\n\n");
        }
    }

    private static void points(StringBuilder md, String heading, String mark, List<Report.PointReport> points,
            Words w) {
        if (points.isEmpty()) {
            return;
        }
        md.append("**").append(heading).append("**\n\n");
        for (Report.PointReport p : points) {
            md.append("- ").append(mark).append(' ').append(oneLine(p.text()));
            if (p.hinted()) {
                md.append(" (").append(w.hinted()).append(')');
            }
            if (!p.evidence().isBlank()) {
                md.append(" — “").append(oneLine(p.evidence())).append('”');
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static void review(StringBuilder md, Report r, Words w) {
        md.append("## ").append(w.review()).append("\n\n");
        if (r.review().isEmpty()) {
            md.append(w.nothingToReview()).append('\n');
            return;
        }
        for (Report.ReviewItem item : r.review()) {
            md.append("- **").append(oneLine(item.title())).append("** (").append(score(item.score())).append(")");
            if (!item.source().isEmpty()) {
                md.append(" `").append(item.source().replace("`", "'")).append('`');
            }
            md.append(" — ").append(oneLine(item.reason())).append('\n');
        }
    }

    /** Every line of the text as a block quote, so it stays the candidate's words whatever Markdown it holds. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : text.strip().split("\\R", -1)) {
            quoted.append(line.isBlank() ? ">" : "> " + line).append('\n');
        }
        return quoted.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
