package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option shared by every command that opens the knowledge graph. Only {@code ingest} (and
 * {@code serve --demo}) create a store; every other command asks for {@link #existing()}, so a mistyped path is an
 * error instead of a new empty store.
 */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "kg",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}). Only ingest (and serve --demo) create it; "
                    + "the other commands need an existing store.")
    Path store;

    /** The store folder as given, which may not exist yet (for the commands that create it). */
    public Path store() { return store; }

    /**
     * The store folder, which must hold a TDB2 database.
     *
     * @throws UserException when the folder is missing or holds no TDB2 database (nothing is created)
     */
    public Path existing() {
        if (!Files.isDirectory(store))
            throw new UserException("no store at %s (check --store; 'ingest --store %s PATH...' creates one)"
                    .formatted(shown(), shown()));
        if (!holdsDatabase(store))
            throw new UserException("%s is not a store: it has no TDB2 database (check --store; 'ingest --store %s PATH...' creates one)"
                    .formatted(shown(), shown()));
        return store;
    }

    /** The store path as it can be printed on one line. */
    private String shown() { return Problem.printable(store.toString()); }

    /** A TDB2 database folder holds its data in {@code Data-NNNN} folders (a compacted one in a later number). */
    private static boolean holdsDatabase(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            throw new UserException("cannot read store folder %s: %s".formatted(Problem.printable(dir.toString()), e.getMessage()), e);
        }
    }
}
