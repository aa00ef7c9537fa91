package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.model.UserException;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import org.diplograph.validate.RequiredGraphs;
import org.diplograph.validate.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code validate}: the ontology, lexicon and summary graphs are there, and SHACL over the whole stored graph. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check that the store has its ontology, lexicon and summary graphs, then check the stored graph"
                + " (all named graphs, curated lexicon included) against the SHACL shapes of ontology/shapes.ttl and"
                + " print the report.", "Exit 0 when it conforms, 1 when it does not or a required graph is missing."},
        footer = {"", "Example:", "  java -jar target/diplograph.jar validate --store kg"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the store's IRIs, as given to ingest (default: ${DEFAULT-VALUE}); names the graphs checked.")
    String base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Iris iris;
        try {
            iris = Iris.withBase(base);
        } catch (IllegalArgumentException e) {
            throw new UserException("--base: %s; give an absolute http(s) IRI ending in '/'".formatted(e.getMessage()), e);
        }
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.existing())) {
            List<String> missing = RequiredGraphs.of(iris).missing(store.dataset());
            if (!missing.isEmpty())
                throw new UserException(("store %s lacks its %s graph%s; run 'ingest --store %s' on any article to"
                        + " restore them (with the --base it was ingested with)").formatted(storeOptions.store(),
                        String.join(", ", missing), missing.size() > 1 ? "s" : "", storeOptions.store()), 1, null);
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
