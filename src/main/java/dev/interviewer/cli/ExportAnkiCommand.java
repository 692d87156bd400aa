package dev.interviewer.cli;

import dev.interviewer.interview.CardChoice;
import dev.interviewer.interview.model.TopicFilter;
import dev.interviewer.knowledge.Card;
import dev.interviewer.portable.AnkiExporter;
import dev.interviewer.portable.ImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code export-anki}: the chosen cards as an Anki package (.apkg). */
@Command(name = "export-anki", mixinStandardHelpOptions = true, description = {
        "Write cards as an Anki deck (.apkg): the question in front; the reference,",
        "key points and source on the back. Exporting again updates the same notes."})
public final class ExportAnkiCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--out", required = true, paramLabel = "FILE.apkg", description = "The package to write.")
    Path out;

    @Option(names = "--select", defaultValue = "all", paramLabel = "all|weak|due",
            description = "Which cards: all (default), weak (last answered weakly) or due (due for review now);"
                    + " weak and due come from the history in --data.")
    String select;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "Only cards of these topics.")
    List<String> topics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CardChoice.Which which = which();
        AppConfig config = common.configBuilder().offline().build();
        if (which != CardChoice.Which.ALL && !Files.isRegularFile(App.databaseFile(config))) {
            throw new UserException("--select " + which.label() + " needs the review history, and "
                    + App.databaseFile(config) + " does not exist: practise first, or pass --data DIR");
        }
        List<String> wanted = topics == null ? List.of() : topics;
        try (App app = App.open(config)) {
            CardChoice.Chosen chosen = app.cardChoice().choose(which, wanted);
            if (chosen.cards().isEmpty()) {
                throw new UserException(nothingChosen(which, wanted, app, config));
            }
            export(chosen, which);
        }
        return 0;
    }

    private void export(CardChoice.Chosen chosen, CardChoice.Which which) throws IOException {
        AnkiExporter.Summary summary;
        try {
            summary = new AnkiExporter(Clock.systemUTC()).export(chosen.cards(), out);
        } catch (ImportException e) {
            throw new UserException(e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Exported %d %scards to %s (decks: %s)%n", summary.notes(),
                which == CardChoice.Which.ALL ? "" : which.label() + " ", out, String.join(", ", summary.decks()));
        if (chosen.gone() > 0) {
            stdout.printf("Left out %d reviewed cards that are no longer in the notes (or have no reference answer)%n",
                    chosen.gone());
        }
        stdout.flush();
    }

    private static String nothingChosen(CardChoice.Which which, List<String> wanted, App app, AppConfig config) {
        List<Card> all = app.knowledge().answerableCards();
        if (all.isEmpty()) {
            return "no cards with a reference answer in " + config.knowledgeDir();
        }
        String topicsPart = wanted.isEmpty() ? "" : " of --topics " + String.join(",", wanted);
        if (which == CardChoice.Which.ALL) {
            return "no card matches --topics " + String.join(",", wanted) + "; topics: "
                    + String.join(", ", TopicFilter.available(all));
        }
        return "no " + which.label() + " cards" + topicsPart + " in the history in " + config.dataDir()
                + (which == CardChoice.Which.WEAK ? " (no card's last answer scored below 7)"
                : " (no card is due for review now)");
    }

    private CardChoice.Which which() {
        try {
            return CardChoice.Which.parse(select);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--select must be all, weak or due: "
                    + select);
        }
    }
}
