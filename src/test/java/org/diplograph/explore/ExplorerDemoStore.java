package org.diplograph.explore;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.rdf.Iris;
import org.diplograph.server.DemoStore;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.testing.DemoArticles;

/**
 * The demo store as {@code serve --demo} builds it: the bundled demo articles ingested into a TDB2 store on disk
 * with its full-text index (the explorer's search box needs the index, which a throw-away in-memory store lacks).
 */
final class ExplorerDemoStore {
    private ExplorerDemoStore() {}

    /** A new store in {@code tmp/kg} with the demo articles, the ontology and the lexicon; the caller closes it. */
    static KnowledgeStore create(Iris iris, Path tmp) {
        return createFrom(iris, tmp, List.of(DemoArticles.copyTo(tmp)));
    }

    /** A new store in {@code tmp/kg} with the articles of {@code inputs}, the ontology and the lexicon; the caller closes it. */
    static KnowledgeStore createFrom(Iris iris, Path tmp, List<Path> inputs) {
        return DemoStore.ingest(KnowledgeStore.open(tmp.resolve("kg")), iris, inputs);
    }
}
