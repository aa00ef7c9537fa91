package org.diplograph.cli;

import java.io.PrintWriter;
import org.diplograph.model.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code diplograph} command and the factory that sets up its handlers.
 * <pre>
 *   int exit = Cli.commandLine(out, err).execute("extract", "--format", "jsonl", "articles/");
 * </pre>
 */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Diplomatic news (Arabic, English) to an RDF knowledge graph of statements, served over SPARQL.",
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                ValidateCommand.class,
                StatsCommand.class,
                EvalCommand.class,
                TrainCommand.class,
                MineCommand.class,
                CompactCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Cli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command line with its output streams and the error handler that maps {@link UserException}s. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || parseResult.hasMatchedOption("--verbose");
            if (verbose) ex.printStackTrace(commandLine.getErr());
            String msg = ex instanceof UserException ? ex.getMessage()
                    : "internal error: %s (run again with --verbose for details)".formatted(ex);
            commandLine.getErr().println("diplograph: " + msg);
            return ex instanceof UserException ue ? ue.exitCode() : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"diplograph " + (v == null ? "development build" : v)};
        }
    }
}
