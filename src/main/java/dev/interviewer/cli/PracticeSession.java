package dev.interviewer.cli;

import dev.interviewer.grading.Grade;
import dev.interviewer.grading.MissedPoint;
import dev.interviewer.interview.CommandResult;
import dev.interviewer.interview.InterviewService;
import dev.interviewer.interview.Results;
import dev.interviewer.interview.model.Command;
import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.phrasing.GradeUpdate;
import dev.interviewer.interview.phrasing.InterviewerMessage;
import dev.interviewer.interview.phrasing.LiveMessage;
import dev.interviewer.interview.phrasing.MessageKind;
import dev.interviewer.interview.phrasing.MessageListener;
import dev.interviewer.interview.phrasing.Prompt;
import dev.interviewer.interview.report.Report;
import dev.interviewer.lang.Wording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An interview in the terminal. An answer is one or more lines ended by an empty line (or the end of input); a
 * line {@code :skip}, {@code :hint}, {@code :repeat} or {@code :end} on its own is a command. The end of input
 * ends the interview, so a script such as {@code printf 'answer 1\n\nanswer 2\n'} can drive it.
 */
final class PracticeSession {
    private static final Duration MESSAGE_WAIT = Duration.ofMinutes(2);

    private final InterviewService service;
    private final BufferedReader in;
    private final PrintWriter out;
    private Wording words;

    PracticeSession(InterviewService service, BufferedReader in, PrintWriter out) {
        this.service = service;
        this.in = in;
        this.out = out;
    }

    /** Runs the interview to its report; returns the report. */
    Report run(InterviewConfig config) throws IOException {
        words = Wording.of(config.language());
        Results.Started started = service.start(config);
        String id = started.id();
        out.println(words.text("practice.intro"));
        boolean over = show(id, started.message());
        while (!over) {
            String input = readAnswer(id);
            over = input == null ? endNow(id) : respond(id, input);
        }
        Report report = service.report(id);
        printReport(report);
        return report;
    }

    // Best effort: a draft that cannot be read ahead changes nothing; the answer itself reports any problem.
    private void draft(String id, String text) {
        try {
            service.draft(id, text);
        } catch (InterviewException e) {
            // The interview cannot take an answer now: the answer, when sent, says why.
        }
    }

    private boolean respond(String id, String input) {
        try {
            if (input.startsWith(":")) {
                return command(id, input);
            }
            Results.Answered answered = service.answer(id, input);
            printGrade(answered.grade(), answered.questionScore());
            if (answered.gradePending()) {
                out.println(words.text("practice.gradeToFollow"));
            }
            return show(id, answered.next(), answered.gradePending());
        } catch (InterviewException e) {
            out.println("! " + e.getMessage());
            return e.reason() == InterviewException.Reason.FINISHED;
        }
    }

    private boolean command(String id, String input) {
        Command command;
        try {
            command = Command.fromLabel(input.substring(1));
        } catch (IllegalArgumentException e) {
            out.println("! " + e.getMessage());
            return false;
        }
        CommandResult result = service.command(id, command);
        if (result instanceof CommandResult.Skipped skipped) {
            out.println(skipped.message().text());
            if (skipped.reference() != null) {
                out.println(words.text("practice.referenceAnswer") + " (" + skipped.reference().source() + "):");
                out.println(skipped.reference().text());
            }
            return show(id, skipped.next());
        }
        if (result instanceof CommandResult.Hinted hinted) {
            out.println(hinted.message().text());
        } else if (result instanceof CommandResult.Repeated repeated) {
            out.println(repeated.message().text());
        } else if (result instanceof CommandResult.Ended ended) {
            return show(id, ended.next());
        }
        return false;
    }

    private boolean endNow(String id) {
        return show(id, ((CommandResult.Ended) service.command(id, Command.END)).next());
    }

    /** Prints an interviewer message, following it token by token while it is phrased; true at the end. */
    private boolean show(String id, InterviewerMessage message) {
        return show(id, message, false);
    }

    /** As above; {@code gradeToFollow}: the previous answer's model grade arrives with the message and is printed. */
    private boolean show(String id, InterviewerMessage message, boolean gradeToFollow) {
        out.println();
        if (!message.pending() && !gradeToFollow) {
            out.println(message.text());
        } else {
            follow(service.currentMessage(id), !message.pending());
        }
        out.flush();
        return message.kind() == MessageKind.END;
    }

    /** Prints the message as it is phrased (unless {@code shown}) and a model grade that comes with it. */
    private void follow(LiveMessage live, boolean shown) {
        CountDownLatch ended = new CountDownLatch(1);
        live.subscribe(new MessageListener() {
            @Override
            public void token(String text) {
                if (!shown) {
                    out.print(text);
                    out.flush();
                }
            }

            @Override
            public void reset(String reason) {
                if (!shown) {
                    out.println();
                    out.println(words.text("practice.modelFailed"));
                }
            }

            @Override
            public void done(Prompt prompt) {
                out.println(shown ? prompt.text() : "");
            }

            @Override
            public void grade(GradeUpdate update) {
                out.println(words.text("practice.modelGrade"));
                printGrade(update.grade(), update.questionScore());
            }

            @Override
            public void end() {
                ended.countDown();
            }
        });
        try {
            if (!ended.await(MESSAGE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                out.println("! no message within " + MESSAGE_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads one answer or command; null at the end of input with nothing typed. Each line of an answer is read ahead
     * as a draft while the next is typed, so the answer is graded sooner once the empty line ends it.
     */
    private String readAnswer(String id) throws IOException {
        out.print("> ");
        out.flush();
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (lines.isEmpty() && trimmed.isEmpty()) {
                continue; // Blank lines between answers are not answers.
            }
            if (lines.isEmpty() && trimmed.startsWith(":") && !trimmed.contains(" ")) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
            if (trimmed.isEmpty()) {
                break;
            }
            lines.add(line);
            draft(id, String.join("\n", lines));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private void printGrade(Grade grade, double questionScore) {
        int total = grade.covered().size() + grade.missed().size();
        String missed = grade.missed().stream().map(MissedPoint::text).collect(Collectors.joining("; "));
        String missedSuffix = missed.isEmpty() ? "" : words.text("practice.missedSuffix").replace("{points}", missed);
        out.printf(words.text("practice.grade") + "%n", grade.score(), grade.band().label(), grade.covered().size(),
                total, missedSuffix, questionScore);
        if (!grade.feedback().isBlank()) {
            out.println("  " + grade.feedback());
        }
    }

    private void printReport(Report report) {
        out.println();
        out.println(words.text("practice.reportTitle"));
        out.printf(words.text("practice.overall") + "%n", report.score(), report.questionsScored(),
                report.questionsPlanned());
        for (Report.QuestionReport q : report.questions()) {
            String score = q.scored() ? String.format(Locale.ROOT, "%.1f", q.score()) : "-";
            out.printf("%d. [%s] %s%s%n", q.number(), score, q.title(),
                    q.skipped() ? words.text("practice.skipped") : "");
            if (!q.missed().isEmpty()) {
                out.println(words.text("practice.missed") + q.missed().stream().map(Report.PointReport::text)
                        .collect(Collectors.joining("; ")));
            }
        }
        if (!report.topics().isEmpty()) {
            out.println(words.text("practice.byTopic") + report.topics().stream()
                    .map(t -> String.format(Locale.ROOT, "%s %.1f", t.topic(), t.average()))
                    .collect(Collectors.joining(" · ")));
        }
        if (!report.requirements().isEmpty()) {
            out.println(words.text("practice.byRequirement") + report.requirements().stream()
                    .map(r -> r.average() == null ? r.requirement() + " -"
                            : String.format(Locale.ROOT, "%s %.1f", r.requirement(), r.average()))
                    .collect(Collectors.joining(" · ")));
        }
        for (Report.ReviewItem item : report.review()) {
            out.printf("%s %s (%s) %.1f%n", words.text("practice.review"), item.title(), item.source(), item.score());
        }
        if (report.usage().total() > 0 || report.fallbacks() > 0) {
            out.printf("Tokens: %d in, %d out; fallbacks: %d%n", report.usage().input(), report.usage().output(),
                    report.fallbacks());
        }
        out.flush();
    }
}
