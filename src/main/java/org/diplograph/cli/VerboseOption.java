package org.diplograph.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show stack traces of failures. Read by the error handler in {@link Cli}. */
public final class VerboseOption {
    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;
}
