package dev.interviewer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.LintReport;
import dev.interviewer.web.ApiJson;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lint}: report notes problems, cards without a reference answer and thin cards; exit 1 only when there are
 * errors (text lost or garbled), 0 when there are only warnings.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Check the notes.")
public final class LintCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "Print {\"cards\":N,\"errors\":[...],\"warnings\":[...],\"withoutReference\":[...],"
            + "\"thin\":[...]}.")
    boolean json;

    @Option(names = "--cards", description = "Also list every card: where it is, its key points and its question.")
    boolean listCards;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        AppConfig config = common.configBuilder().offline().build();
        KnowledgeBase knowledge;
        try (App app = App.open(config)) {
            knowledge = app.knowledge();
        }
        LintReport report = LintReport.of(knowledge);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ApiJson.mapper().writeValueAsString(asJson(report)));
        } else {
            if (listCards) {
                printCards(out, knowledge);
            }
            printHuman(out, config, knowledge, report);
        }
        out.flush();
        return report.clean() ? 0 : 1;
    }

    private static Map<String, Object> asJson(LintReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cards", report.cards());
        json.put("errors", report.errors());
        json.put("warnings", report.warnings());
        json.put("withoutReference", report.withoutReference());
        json.put("thin", report.thin());
        return json;
    }

    private static void printHuman(PrintWriter out, AppConfig config, KnowledgeBase knowledge, LintReport report) {
        out.printf("%d cards in %s (%d with a reference answer)%n", report.cards(), config.knowledgeDir(),
                knowledge.answerableCards().size());
        printList(out, "Cards without a reference answer", report.withoutReference());
        printList(out, "Thin cards (a sentence or two: grading can only check that much)", report.thin());
        printList(out, "Warnings", report.warnings());
        printList(out, "Errors", report.errors());
        out.println(report.spotless() ? "OK" : report.errors().size() + " errors, " + report.warnings().size()
                + " warnings, " + report.withoutReference().size() + " without a reference, " + report.thin().size()
                + " thin");
    }

    /** Shows how the notes were read, so people can check their own Markdown before practising on it. */
    private static void printCards(PrintWriter out, KnowledgeBase knowledge) {
        for (Card card : knowledge.cards()) {
            out.printf("%s:%d  %s  [%d key points, %d follow-ups, %d pitfalls]%n    %s%n", card.file(), card.line(),
                    card.id(), card.keyPoints().size(), card.followUps().size(), card.pitfalls().size(),
                    card.question());
        }
    }

    private static void printList(PrintWriter out, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            out.printf("%s (%d):%n", heading, lines.size());
            lines.forEach(line -> out.println("  " + line));
        }
    }
}
