package dev.interviewer.cli;

import dev.interviewer.interview.model.TopicFilter;
import dev.interviewer.knowledge.Card;
import dev.interviewer.knowledge.KnowledgeBase;
import dev.interviewer.knowledge.NotesLoader;
import dev.interviewer.portable.AnkiExporter;
import dev.interviewer.portable.CardSelection;
import dev.interviewer.portable.ImportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
            description = "Which cards (default: all; weak and due need the review history).")
    String select;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "Only cards of these topics.")
    List<String> topics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CardSelection selection = selection();
        AppConfig config = common.configBuilder().offline().build();
        KnowledgeBase knowledge = new NotesLoader().load(config.knowledgeDir());
        TopicFilter filter = new TopicFilter(topics == null ? List.of() : topics);
        List<Card> cards = selection.filter(filter::matches).select(knowledge);
        if (cards.isEmpty()) {
            throw new UserException(filter.any() ? "no cards with a reference answer in " + config.knowledgeDir()
                    : "no card matches --topics " + String.join(",", topics) + "; topics: "
                    + String.join(", ", TopicFilter.available(knowledge.cards())));
        }
        AnkiExporter.Summary summary;
        try {
            summary = new AnkiExporter(Clock.systemUTC()).export(cards, out);
        } catch (ImportException e) {
            throw new UserException(e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Exported %d cards to %s (decks: %s)%n", summary.notes(), out,
                String.join(", ", summary.decks()));
        stdout.flush();
        return 0;
    }

    /** Weak and due cards come from the review history in the store: not wired into this command yet. */
    private CardSelection selection() {
        return switch (select.toLowerCase(Locale.ROOT)) {
            case "all" -> CardSelection.all();
            case "weak", "due" -> throw new UserException("--select " + select + " needs the review history, which"
                    + " export-anki cannot read yet; use --select all (with --topics to narrow it)");
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--select must be all, weak or due: " + select);
        };
    }
}
