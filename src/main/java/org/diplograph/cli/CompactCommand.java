package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.ingest.StoreSpace;
import org.diplograph.model.UserException;
import org.diplograph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compact}: frees the space a store has grown past its data (TDB2 keeps old blocks until compacted). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: copy its current data into a new Data-NNNN folder, switch to it and delete"
                + " the old ones. TDB2 writes every changed block to a new place, so a store that many ingest runs"
                + " (or --replace) have written grows far past its data; `ingest` says when.",
                "Needs free disk for a second copy of the data while it runs; stop `serve` first."},
        footer = {"", "Example:", "  java -jar target/diplograph.jar compact --store kg"})
public final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--keep-old", description = "Keep the old Data-NNNN folders (delete them yourself later).")
    boolean keepOld;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = storeOptions.store();
        if (!dir.toFile().isDirectory())
            throw new UserException("no store at %s (check --store)".formatted(dir));
        long before = StoreSpace.diskBytes(dir);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            StoreSpace.compact(store, keepOld);
        }
        long after = StoreSpace.diskBytes(dir);
        out.println(String.format(Locale.ROOT, "compacted store %s: %,d bytes before, %,d after%s", dir, before, after,
                keepOld ? " (old Data-NNNN folders kept)" : ""));
        return 0;
    }
}
