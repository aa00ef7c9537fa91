package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandIT {
    @TempDir Path tmp;
    Path store;
    DatasetGraph expected;

    @BeforeEach
    void seedStore() {
        store = tmp.resolve("kg");
        expected = DatasetGraphFactory.createTxnMem();
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            for (String key : new String[] {"a1", "a2"}) {
                Graph g = TinyGraphs.article(key, "person/p" + key, "state/RUS");
                s.replaceGraph(TinyGraphs.articleGraph(key), g);
                Txn.executeWrite(expected, () -> g.find().forEach(t -> expected.add(TinyGraphs.articleGraph(key),
                        t.getSubject(), t.getPredicate(), t.getObject())));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"nquads, N-Quads", "trig, TriG", "jsonld, JSON-LD"})
    void exportsNamedGraphsToStandardOutput(String format, String langName) {
        Run r = CliRuns.run("export", "--store", store.toString(), "--format", format);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)))
                .lang(org.apache.jena.riot.RDFLanguages.nameToLang(langName)).parse(back);
        assertThat(IsoMatcher.isomorphic(expected, back)).as(format).isTrue();
    }

    @Test
    void exportsTheUnionGraphAsTurtleToAFile() {
        Path file = tmp.resolve("kg.ttl");
        Run r = CliRuns.run("export", "--store", store.toString(), "--format", "turtle", "--out", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        Graph back = RDFParser.source(file).lang(Lang.TURTLE).toGraph();
        assertThat(back.isIsomorphicWith(expected.getUnionGraph())).isTrue();
    }

    @Test
    void theFormatIsRequiredWithoutAFile() {
        Run r = CliRuns.run("export", "--store", store.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("diplograph: give --format nquads|trig|turtle|jsonld|csv (or --out F"
                + " with one of the extensions .nq, .trig, .ttl, .jsonld, .csv)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kg.nq", "kg.trig", "kg.jsonld"})
    @org.junit.jupiter.api.Tag("issue-12")
    void theFormatFollowsTheExtensionOfTheFileAsJenaReadsIt(String name) {
        Path file = tmp.resolve(name);
        Run r = CliRuns.run("export", "--store", store.toString(), "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // no language given: Jena's parser (as tdb2.tdbloader) chooses by the file extension
        DatasetGraph back = RDFParser.source(file).toDatasetGraph();
        assertThat(IsoMatcher.isomorphic(expected, back)).as(name).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Tag("issue-12")
    void anExtensionThatNamesNoFormatNeedsTheFormat() {
        Path file = tmp.resolve("kg.nquads");
        Run r = CliRuns.run("export", "--store", store.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("diplograph: --out %s: the extension names no format; give --format,"
                .formatted(file) + " or end the name in .nq, .trig, .ttl, .jsonld or .csv");
        assertThat(file).doesNotExist();
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = CliRuns.run("export", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: diplograph export", "--format=FORMAT", "--out=F", "--store=DIR");
    }
}
