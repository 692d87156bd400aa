package dev.interviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interviewer.interview.model.InterviewException;
import dev.interviewer.interview.target.MatchedCard;
import dev.interviewer.interview.target.RequirementMatch;
import dev.interviewer.interview.target.TargetAnalysis;
import dev.interviewer.web.ApiJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code targets FILE}: the coverage map of a job description or résumé on the notes. */
@Command(name = "targets", mixinStandardHelpOptions = true, description = {
        "Map a job description or resume onto the notes: its requirements, the cards that cover each, and the gaps.",
        "With --gaps, print the gaps as a Markdown checklist of notes to write."})
public final class TargetsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = ApiJson.mapper();

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    LlmOptions llmOptions;

    @Parameters(paramLabel = "FILE", description = "The job description or resume (UTF-8 text).")
    Path file;

    @Option(names = "--json", description = "Print the map as JSON (the same as POST /api/targets).")
    boolean json;

    @Option(names = "--gaps", description = "Print only the gaps, as a Markdown checklist.")
    boolean gaps;

    @Option(names = "--save", paramLabel = "NAME", description = "Save the target under this name, to practise later.")
    String save;

    @Option(names = "--language", paramLabel = "zh|en", defaultValue = "en",
            description = "Language of the checklist (default: en).")
    String language;

    @Override
    public Integer call() throws JsonProcessingException {
        String text = TargetFile.read(file);
        try (App app = App.open(llmOptions.apply(common.configBuilder()).build())) {
            TargetAnalysis map = save == null ? app.targets().analyze(text, language)
                    : app.targets().save(save, text, language);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(map));
            } else if (gaps) {
                out.print(map.checklist());
            } else {
                print(out, map);
            }
            return 0;
        } catch (InterviewException e) {
            throw new UserException(e.getMessage());
        }
    }

    private static void print(PrintWriter out, TargetAnalysis map) {
        long covered = map.requirements().stream().filter(RequirementMatch::covered).count();
        out.printf("%scoverage %d%% (%d of %d requirements in your notes)%n",
                map.name().isEmpty() ? "" : map.name() + ": ", Math.round(map.coverage() * 100), covered,
                map.requirements().size());
        for (RequirementMatch r : map.requirements()) {
            out.printf("%s %s  (weight %.2f)%n", r.covered() ? "[x]" : "[ ] gap:", r.text(), r.weight());
            for (MatchedCard card : r.cards()) {
                out.printf("      %.3f  %s  %s%n", card.score(), card.id(), card.title());
            }
        }
        if (!map.note().isEmpty()) {
            out.println(map.note());
        }
    }
}
