package org.diplograph.spark;

import java.io.PrintWriter;
import org.diplograph.model.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The job jar's entry point: {@code spark-submit --class org.diplograph.spark.SparkMain diplograph-spark.jar extract ...}.
 * Commands and options as in the main command line (picocli, {@code --help} on each).
 */
@Command(name = "diplograph-spark", mixinStandardHelpOptions = true,
        description = "diplograph on Apache Spark: extract statements from a corpus on a cluster.",
        subcommands = {ExtractJob.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The command line with its output streams and the handler that prints a {@link UserException} as one line. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (!(ex instanceof UserException)) ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().println("diplograph-spark: " + (ex instanceof UserException ? ex.getMessage()
                    : "internal error: " + ex));
            return ex instanceof UserException ue ? ue.exitCode() : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
