package org.diplograph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.Stats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stats}: counts articles, statements, claims, agents, triples and named graphs in the store.
 * <pre>
 *   diplograph stats --json
 * </pre>
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count articles, statements, claims, agents, triples and named graphs in the knowledge graph.")
public final class StatsCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin VerboseOption verbose;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Stats stats;
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.existing())) {
            stats = store.stats();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("articles", stats.articles());
        counts.put("statements", stats.statements());
        counts.put("claims", stats.claims());
        counts.put("agents", stats.agents());
        counts.put("triples", stats.triples());
        counts.put("graphs", stats.graphs());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(new ObjectMapper().writeValueAsString(counts));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            counts.forEach((name, n) -> out.printf("%-11s %d%n", name, n));
        }
        out.flush();
        return 0;
    }
}
