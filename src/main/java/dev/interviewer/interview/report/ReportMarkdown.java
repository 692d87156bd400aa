package dev.interviewer.interview.report;

import dev.interviewer.interview.model.TurnKind;
import dev.interviewer.lang.Wording;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a {@link Report} as Markdown, for {@code GET /api/interviews/{id}/report.md}: the same report model as
 * the JSON, in the interview's language. The candidate's answers are block quotes, line by line, so whatever
 * Markdown they hold stays inside the quote.
 */
public final class ReportMarkdown {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The words of the report in one language, from {@code lang/<code>/report.json}. */
    private record Words(String title, String overall, String scoredOf, String status, String date, String topics,
            String allTopics, String mode, String tokens, String fallbacks, String byTopic, String topic,
            String average, String questions, String interviewer, String answer, String noAnswer, String grade,
            String covered, String missed, String reference, String noReference, String skipped, String notScored,
            String review, String nothingToReview, String followUp, String hinted, String cost) {

        static Words of(String language) {
            Wording w = Wording.of(language);
            return new Words(w.text("report.title"), w.text("report.overall"), w.text("report.scoredOf"),
                    w.text("report.status"), w.text("report.date"), w.text("report.topics"), w.text("report.allTopics"),
                    w.text("report.mode"), w.text("report.tokens"), w.text("report.fallbacks"),
                    w.text("report.byTopic"), w.text("report.topic"), w.text("report.average"),
                    w.text("report.questions"), w.text("report.interviewer"), w.text("report.answer"),
                    w.text("report.noAnswer"), w.text("report.grade"), w.text("report.covered"),
                    w.text("report.missed"), w.text("report.reference"), w.text("report.noReference"),
                    w.text("report.skipped"), w.text("report.notScored"), w.text("report.review"),
                    w.text("report.nothingToReview"), w.text("report.followUp"), w.text("report.hinted"),
                    w.text("report.cost"));
        }
    }

    private final Map<String, Words> words = new ConcurrentHashMap<>();

    public String render(Report report) {
        Words w = words.computeIfAbsent(report.config().language(), Words::of);
        StringBuilder md = new StringBuilder();
        header(md, report, w);
        RequirementLines.table(md, report);
        topics(md, report, w);
        md.append("## ").append(w.questions()).append("\n\n");
        for (Report.QuestionReport q : report.questions()) {
            question(md, q, w, report.config().language());
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
        if (r.voice() != null) {
            md.append("- **").append(VoiceLines.label(r.config().language())).append(":** ")
                    .append(VoiceLines.summary(r.voice(), r.config().language())).append('\n');
        }
        if (r.usage().total() > 0 || r.fallbacks() > 0) {
            md.append("- **").append(w.tokens()).append(":** ").append(r.usage().total()).append(" (")
                    .append(r.usage().input()).append(" in, ").append(r.usage().output()).append(" out), ")
                    .append(r.estimatedCost() == null ? "" : String.format(Locale.ROOT, "%s %.4f, ", w.cost(),
                            r.estimatedCost()))
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

    private static void question(StringBuilder md, Report.QuestionReport q, Words w, String language) {
        md.append("### ").append(q.number()).append(". ").append(oneLine(q.title())).append(" — ");
        md.append(q.skipped() ? w.skipped() : q.scored() ? score(q.score()) + " / 10" : w.notScored()).append("\n\n");
        if (!q.source().isEmpty()) {
            md.append('`').append(q.source().replace("`", "'")).append("`\n\n");
        }
        for (Report.TurnReport t : q.turns()) {
            turn(md, t, w, language);
        }
        points(md, w.covered(), "✓", q.covered(), w);
        points(md, w.missed(), "✗", q.missed(), w);
        md.append("**").append(w.reference()).append("**\n\n");
        md.append(q.reference().isBlank() ? w.noReference() : q.reference().strip()).append("\n\n");
    }

    private static void turn(StringBuilder md, Report.TurnReport t, Words w, String language) {
        String who = t.kind() == TurnKind.FOLLOW_UP ? w.interviewer() + " (" + w.followUp() + ")" : w.interviewer();
        md.append("**").append(who).append(":** ").append(oneLine(t.prompt())).append("\n\n");
        md.append("**").append(w.answer()).append(":**\n\n");
        md.append(t.answer().isBlank() ? "> " + w.noAnswer() + "\n" : quote(t.answer())).append('\n');
        if (t.delivery() != null) {
            md.append("*").append(VoiceLines.delivery(t.delivery(), language)).append("*\n\n");
        }
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
