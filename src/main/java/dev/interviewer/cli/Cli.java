package dev.interviewer.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** Runs the command line: exit 0 on success, 1 on failure (message only), 2 on a usage error (one line). */
public final class Cli {
    private static final Set<String> SUBCOMMANDS = Set.of("serve", "search", "grade", "lint", "practice",
            "import", "export-anki", "backup", "restore", "enrich", "targets", "help");

    private Cli() {
    }

    /** The jar's entry point. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        // Always UTF-8: notes are Chinese, and a C locale would print them as question marks.
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MainCommand());
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler(Cli::usageError);
        cli.setExecutionExceptionHandler(Cli::failure);
        try {
            return cli.execute(withDefaultSubcommand(args));
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory());
            return 1;
        }
    }

    /** {@code interviewer --port 8080} means {@code interviewer serve --port 8080}. */
    static String[] withDefaultSubcommand(String[] args) {
        if (args.length > 0 && (SUBCOMMANDS.contains(args[0]) || isTopLevelFlag(args[0]))) {
            return args;
        }
        String[] withServe = new String[args.length + 1];
        withServe[0] = "serve";
        System.arraycopy(args, 0, withServe, 1, args.length);
        return withServe;
    }

    private static boolean isTopLevelFlag(String arg) {
        return List.of("-h", "--help", "-V", "--version").contains(arg);
    }

    // Large notes hold many vectors in memory; a heap capped with -Xmx may be too small for them.
    static String outOfMemory() {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "error: out of memory: the Java heap (at most " + maxMb + " MB) is too small for these notes;"
                + " start Java with a larger heap, e.g. java -Xmx1g -jar interviewer.jar";
    }

    static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("error: " + e.getMessage() + " (see --help)");
        return 2;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--debug");
        PrintWriter err = cmd.getErr();
        if (e instanceof UserException) {
            err.println("error: " + e.getMessage());
        } else if (causedByOutOfMemory(e)) {
            err.println(outOfMemory());
        } else {
            err.println("error: " + e + (debug ? "" : " (run with --debug for details)"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
