package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplograph.store.TinyGraphs.article;
import static org.diplograph.store.TinyGraphs.articleGraph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeStoreTest {
    @Test
    void replacingTheSameGraphTwiceKeepsTheSameSize() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            long before = store.size();
            store.replaceGraph(articleGraph("a1"), article("a1", "person/p1", "state/RUS"));
            store.replaceGraph(articleGraph("a1"), article("a1", "person/p1", "state/RUS"));
            assertThat(store.size()).isEqualTo(before);
            assertThat(store.graphNames()).containsExactly(articleGraph("a1"), articleGraph("a2"));
        }
    }

    @Test
    void replaceDropsTriplesOfTheOldGraph() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            store.replaceGraph(articleGraph("a1"), article("a1", "person/p9", "state/CHN"));
            Graph stored = store.graph(articleGraph("a1"));
            assertThat(stored.isIsomorphicWith(article("a1", "person/p9", "state/CHN"))).isTrue();
        }
    }

    @RepeatedTest(5)
    void readersSeeTheOldOrTheNewGraphNeverHalf() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            Graph small = article("a1", "person/p1", "state/RUS");
            Graph big = article("a1", "person/p2", "state/CHN");
            for (int i = 0; i < 200; i++)
                big.add(NodeFactory.createURI("urn:x:" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o"));
            store.replaceGraph(articleGraph("a1"), small);
            long smallSize = store.size();
            long bigSize = smallSize - small.size() + big.size();
            ExecutorService pool = Executors.newSingleThreadExecutor();
            CountDownLatch started = new CountDownLatch(1);
            Future<?> writer = pool.submit(() -> {
                started.countDown();
                for (int i = 0; i < 50; i++) store.replaceGraph(articleGraph("a1"), i % 2 == 0 ? big : small);
            });
            started.await();
            Set<Long> seen = new TreeSet<>();
            while (!writer.isDone()) seen.add(store.size());
            writer.get(30, TimeUnit.SECONDS);
            assertThat(seen).isSubsetOf(smallSize, bigSize);
            pool.shutdown();
            assertThat(store.size()).isEqualTo(smallSize);
        }
    }

    @Test
    void removeGraphReportsWhetherItExisted() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            assertThat(store.removeGraph(articleGraph("a1"))).isTrue();
            assertThat(store.removeGraph(articleGraph("a1"))).isFalse();
            assertThat(store.containsGraph(articleGraph("a1"))).isFalse();
            assertThat(store.containsGraph(articleGraph("a2"))).isTrue();
        }
    }

    @Test
    void throwAwayStoreDeletesItsFolderOnClose() {
        KnowledgeStore store = KnowledgeStore.inMemory();
        assertThat(store.directory()).isEmpty();
        String where = store.toString();
        store.close();
        store.close();
        assertThat(java.nio.file.Path.of(where.substring(where.indexOf('/'), where.length() - 1))).doesNotExist();
    }

    @Test
    void rejectsTheDefaultGraphAsAGraphName() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertThatThrownBy(() -> store.replaceGraph(org.apache.jena.sparql.core.Quad.defaultGraphIRI, Graph.emptyGraph))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a named graph");
        }
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphsAsDefaultGraph() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            String csv = run(store, """
                    PREFIX dg: <https://w3id.org/diplograph/ontology#>
                    SELECT (COUNT(?s) AS ?n) { ?s a dg:Statement }""", ResultFormat.CSV);
            assertThat(csv).isEqualTo("n\r\n2\r\n");
        }
    }

    @Test
    void substitutesBoundValues() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            var q = QueryFactory.create("""
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?s { ?s prov:wasAttributedTo ?speaker }""");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.query(q, Map.of("speaker", NodeFactory.createURI("https://w3id.org/diplograph/id/person/p2")),
                    ResultFormat.TSV, out);
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo("?s\n<https://w3id.org/diplograph/id/statement/a2/1>\n");
            var ask = QueryFactory.create("ASK { ?s ?p ?o }");
            assertThat(store.ask(ask, Map.of("o", NodeFactory.createURI("https://w3id.org/diplograph/id/state/USA")))).isTrue();
            assertThat(store.ask(ask, Map.of("o", NodeFactory.createURI("urn:nothing")))).isFalse();
        }
    }

    @Test
    void writesSelectResultsInEveryResultSetFormat() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            String q = "PREFIX schema: <http://schema.org/> SELECT ?a { ?a a schema:NewsArticle } ORDER BY ?a";
            assertThat(run(store, q, ResultFormat.TEXT)).contains("| a ", "<https://w3id.org/diplograph/id/article/a1>");
            assertThat(run(store, q, ResultFormat.JSON)).contains("\"bindings\"", "article/a2");
            assertThat(run(store, q, ResultFormat.XML)).contains("<sparql", "article/a2");
            assertThat(run(store, q, ResultFormat.CSV)).startsWith("a\r\nhttps://w3id.org/diplograph/id/article/a1");
        }
    }

    @Test
    void writesConstructResultsAsRdf() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            String q = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?a a schema:NewsArticle } { ?a a schema:NewsArticle }";
            Graph g = RDFParser.fromString(run(store, q, ResultFormat.TURTLE), Lang.TURTLE).toGraph();
            assertThat(g.size()).isEqualTo(2);
            Graph g2 = RDFParser.fromString(run(store, q, ResultFormat.JSONLD), Lang.JSONLD).toGraph();
            assertThat(g2.isIsomorphicWith(g)).isTrue();
        }
    }

    @Test
    void rejectsAFormatThatDoesNotFitTheQueryForm() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            assertThatThrownBy(() -> run(store, "CONSTRUCT WHERE { ?s ?p ?o }", ResultFormat.CSV))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format csv does not fit a CONSTRUCT");
            assertThatThrownBy(() -> run(store, "SELECT * { ?s ?p ?o }", ResultFormat.TURTLE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format turtle does not fit a SELECT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"N-Quads", "TriG", "JSON-LD"})
    void exportOfQuadsParsesBackIsomorphic(String langName) {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(out, lang);
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
            Txn.executeRead(store.dataset(), () ->
                    assertThat(IsoMatcher.isomorphic(store.dataset(), back)).as(langName).isTrue());
        }
    }

    @Test
    void turtleExportIsTheUnionGraph() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(out, Lang.TURTLE);
            Graph back = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
            Graph union = article("a1", "person/p1", "state/RUS");
            article("a2", "person/p2", "state/RUS").find().forEach(union::add);
            assertThat(back.isIsomorphicWith(union)).isTrue();
        }
    }

    @Test
    void exportRejectsAnUnsupportedLanguage() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertThatThrownBy(() -> store.export(new ByteArrayOutputStream(), Lang.RDFXML))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot export");
        }
    }

    @Test
    void statsCountsTheTinyDataset() {
        try (KnowledgeStore store = TinyGraphs.twoArticles()) {
            // agents: person/p1, person/p2 (speakers), state/RUS, state/USA (participants)
            long quads = article("a1", "person/p1", "state/RUS").size() + article("a2", "person/p2", "state/RUS").size();
            assertThat(store.stats()).isEqualTo(new Stats(2, 2, 2, 4, quads, 2));
        }
    }

    @Test
    void statsOfAnEmptyStoreAreZero() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertThat(store.stats()).isEqualTo(new Stats(0, 0, 0, 0, 0, 0));
        }
    }

    private static String run(KnowledgeStore store, String query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
