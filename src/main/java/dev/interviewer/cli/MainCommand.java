package dev.interviewer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code interviewer} command; {@code serve} runs when no subcommand is given. */
@Command(name = "interviewer", mixinStandardHelpOptions = true, versionProvider = MainCommand.VersionProvider.class,
        description = "A mock interviewer for LLM / ML engineering interviews that practises you on your own notes.",
        subcommands = {ServeCommand.class, SearchCommand.class, GradeCommand.class, LintCommand.class,
                PracticeCommand.class, ImportCommand.class, ExportAnkiCommand.class, BackupCommand.class,
                RestoreCommand.class, EnrichCommand.class, TargetsCommand.class})
public final class MainCommand {
    /** Prints the build version. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"interviewer " + Version.current()};
        }
    }
}
