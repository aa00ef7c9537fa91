package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.diplograph.model.UserException;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import org.diplograph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code validate}: SHACL over the whole stored graph (articles, lexicon, ontology). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the stored graph (all named graphs, curated lexicon included) against the SHACL shapes"
                + " of ontology/shapes.ttl and print the report.", "Exit 0 when it conforms, 1 when it does not."},
        footer = {"", "Example:", "  java -jar target/diplograph.jar validate --store kg"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(storeOptions.store()))
            throw new UserException("no store at %s; create one with 'ingest --store %s PATH…' or pass --store"
                    .formatted(storeOptions.store(), storeOptions.store()));
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.store())) {
            ValidationResult r = GraphValidator.fromClasspath().validate(store.dataset());
            if (r.conforms()) {
                out.println("conforms: %d quads in %d graphs checked against the SHACL shapes".formatted(store.size(),
                        store.graphNames().size()));
                return 0;
            }
            out.println("does not conform: %d violations".formatted(r.violations()));
            out.println(r.reportText());
            return 1;
        }
    }
}
