package org.diplograph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that opens the knowledge graph. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path store;

    public Path store() { return store; }
}
