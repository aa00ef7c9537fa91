package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.demoArticles;
import static org.diplograph.cli.CliRuns.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only {@code ingest} creates a store; {@code validate} fails when a graph every store needs is gone (issue 12, items 12 and 13). */
@Tag("issue-12")
class StoreRequiredIT {
    @TempDir Path tmp;

    /** Every command that reads a store, with the arguments it needs besides --store. */
    static Stream<List<String>> readers() {
        return Stream.of(List.of("stats"), List.of("query", "ASK {}"), List.of("validate"),
                List.of("export", "--format", "nquads"), List.of("serve", "--port", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aMissingStoreIsAOneLineErrorAndIsNotCreated(List<String> command) {
        Path missing = tmp.resolve("kg-typo");
        Run r = run(args(command, missing));
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                "diplograph: no store at %s (check --store; 'ingest --store %s PATH...' creates one)".formatted(missing, missing));
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void aFolderWithoutADatabaseIsNotAStore(List<String> command) throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("photos"));
        Run r = run(args(command, folder));
        assertThat(r.code()).isNotZero();
        assertThat(r.err().lines()).singleElement().asString().startsWith("diplograph: %s is not a store".formatted(folder));
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void ingestCreatesTheStoreThatStatsThenReads() {
        Path store = tmp.resolve("kg");
        assertThat(run("ingest", "--quiet", "--store", store.toString(), demoArticles(tmp).toString()).code()).isZero();
        Run stats = run("stats", "--store", store.toString(), "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).startsWith("{\"articles\":2,");
    }

    @Test
    void validateFailsWhenTheOntologyGraphIsGone() {
        Path store = tmp.resolve("kg");
        assertThat(run("ingest", "--quiet", "--store", store.toString(), demoArticles(tmp).toString()).code()).isZero();
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            assertThat(s.removeGraph(Iris.withBase(Iris.DEFAULT_BASE).ontologyGraph())).isTrue();
        }
        Run r = run("validate", "--store", store.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(("diplograph: store %s lacks its ontology"
                + " <https://w3id.org/diplograph/graph/ontology> graph; run 'ingest --store %s' on any article to restore"
                + " them (with the --base it was ingested with)").formatted(store, store));
    }

    @Test
    void validateFailsOnAStoreOfArticleGraphsAlone() {
        // what a whole-store PUT of one graph, or a bulk load without ingest, leaves: SHACL alone would say it conforms
        Path store = TinyGraphs.seededStore(tmp, "a1");
        Run r = run("validate", "--store", store.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .contains("lacks its ontology <https://w3id.org/diplograph/graph/ontology>, lexicon"
                        + " <https://w3id.org/diplograph/graph/lexicon>, summary <https://w3id.org/diplograph/graph/summary> graphs");
    }

    @Test
    void validateNamesTheGraphsUnderTheBaseGiven() {
        Path store = tmp.resolve("kg");
        String base = "https://kg.example.org/";
        assertThat(run("ingest", "--quiet", "--base", base, "--store", store.toString(), demoArticles(tmp).toString()).code()).isZero();
        assertThat(run("validate", "--store", store.toString()).err()).contains("lacks its ontology <https://w3id.org/");
        Run r = run("validate", "--base", base, "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("conforms: ");
    }

    private static String[] args(List<String> command, Path store) {
        return Stream.concat(Stream.concat(Stream.of(command.get(0)), Stream.of("--store", store.toString())),
                command.stream().skip(1)).toArray(String[]::new);
    }
}
