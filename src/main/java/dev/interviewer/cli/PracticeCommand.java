package dev.interviewer.cli;

import dev.interviewer.interview.model.InterviewConfig;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.model.InterviewMode;
import dev.interviewer.interview.model.InterviewStyle;
import dev.interviewer.interview.model.Reach;
import dev.interviewer.interview.model.TargetChoice;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code practice}: the interview in the terminal, answers read from stdin. */
@Command(name = "practice", mixinStandardHelpOptions = true, description = {"Practise in the terminal.",
        "End an answer with an empty line; :skip, :hint, :repeat and :end on their own line are commands.",
        "The end of input ends the interview, so answers can be piped in."})
public final class PracticeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC")
    List<String> topics;

    @Option(names = "--questions", paramLabel = "N", defaultValue = "5")
    int questions;

    @Option(names = "--follow-ups", paramLabel = "K",
            description = "Follow-ups per question, 0-3 (default: the style's, 2 for standard).")
    Integer followUps;

    @Option(names = "--language", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language the interviewer speaks (default: zh).")
    String language;

    @Option(names = "--level", paramLabel = "1-3", defaultValue = "0",
            description = "Preferred level, 1 (basic) to 3 (advanced); default any.")
    int level;

    @Option(names = "--mode", paramLabel = "interview|drill", defaultValue = "interview",
            description = "drill: due and weak cards first.")
    String mode;

    @Option(names = "--target", paramLabel = "FILE",
            description = "Practise for a job description or resume: questions on the requirements your notes cover.")
    Path target;

    @Option(names = "--reach", paramLabel = "close|explore", defaultValue = "close",
            description = "With --target: explore also asks cards near the matched ones (default: close).")
    String reach;

    @Option(names = "--style", paramLabel = "friendly|standard|pressure", defaultValue = "standard",
            description = "The interviewer's manner: tone, follow-up depth, hints (default: standard).")
    String style;

    @Override
    public Integer call() throws IOException {
        InterviewConfig interview = interviewConfig();
        AppConfig config = llmOptions.apply(common.configBuilder()).build();
        try (App app = App.open(config)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintWriter out = spec.commandLine().getOut();
            new PracticeSession(app.interviews(), in, out).run(interview);
        } catch (InterviewException e) {
            throw new UserException(e.getMessage());
        }
        return 0;
    }

    private InterviewConfig interviewConfig() {
        try {
            InterviewStyle chosen = InterviewStyle.fromLabel(style);
            TargetChoice choice = target == null ? null
                    : new TargetChoice(TargetFile.read(target), "", "", Reach.fromLabel(reach), true);
            return new InterviewConfig(topics, questions, level, language,
                    followUps == null ? chosen.followUps() : followUps, InterviewMode.fromLabel(mode),
                    chosen, chosen.timerMinutes(), choice);
        } catch (IllegalArgumentException | InterviewException e) {
            throw new UserException(e.getMessage());
        }
    }
}
