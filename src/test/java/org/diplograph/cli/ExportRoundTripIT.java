package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rdf.RioCheck;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every export format of the demo store parses with RDF4J Rio (an independent parser) into the same graph as Jena's. */
class ExportRoundTripIT {
    @TempDir static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestDemo() {
        store = tmp.resolve("kg");
        Path articles = CliRuns.demoArticles(tmp);
        assertThat(CliRuns.run("ingest", "--store", store.toString(), articles.toString()).code()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nquads", "trig", "jsonld", "turtle"})
    void rioReadsTheExportIntoAGraphIsomorphicToTheStore(String format) throws Exception {
        Path out = tmp.resolve("export." + format);
        assertThat(CliRuns.run("export", "--store", store.toString(), "--format", format, "--out", out.toString()).code())
                .isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(RioCheck.parse(bytes, format).errors()).as("Rio's parse errors").isEmpty();
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            DatasetGraph expected = format.equals("turtle") ? unionOf(s) : copyOf(s);
            assertThat(RioCheck.isomorphic(expected, bytes, format)).as(format).isTrue();
        }
    }

    /** Turtle carries no named graphs: the store's union graph as a default graph. */
    private static DatasetGraph unionOf(KnowledgeStore s) {
        Graph union = GraphFactory.createDefaultGraph();
        for (var name : s.graphNames()) s.graph(name).find().forEachRemaining(union::add);
        return DatasetGraphFactory.wrap(union);
    }

    private static DatasetGraph copyOf(KnowledgeStore s) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        for (var name : s.graphNames()) ds.addGraph(name, s.graph(name));
        return ds;
    }
}
