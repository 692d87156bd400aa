package dev.interviewer.cli;

import dev.interviewer.portable.CardImporter;
import dev.interviewer.portable.ImportException;
import dev.interviewer.portable.ImportSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: convert a question bank (Anki, CSV / TSV, JSON Lines) into notes files. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Convert a question bank into notes files:",
        "  Anki .apkg / .colpkg (one file per deck, one card per note or cloze deletion),",
        "  CSV / TSV with a header row (question, answer; optional tags, level, topic),",
        "  JSON Lines ({\"question\": ..., \"answer\": ..., \"tags\": [...]})."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "The bank to import.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Notes folder to write into.")
    Path out;

    @Option(names = "--deck", paramLabel = "NAME",
            description = "Anki: import only this deck (A::B, with the decks under it). Other banks: the deck's name.")
    String deck;

    @Option(names = "--overwrite", description = "Replace notes files that are already in the output folder.")
    boolean overwrite;

    @Option(names = "--debug", description = "Show stack traces on failure.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ImportSummary summary;
        try {
            summary = new CardImporter().importFile(input, out, deck, overwrite);
        } catch (ImportException e) {
            throw new UserException(e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        summary.lines().forEach(stdout::println);
        stdout.println("Check them with: java -jar interviewer.jar lint --knowledge " + out);
        stdout.flush();
        return 0;
    }
}
