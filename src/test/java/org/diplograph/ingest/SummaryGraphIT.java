package org.diplograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.model.Article;
import org.diplograph.rdf.CameoMapping;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The summary graph that ingest keeps (TDB2 on disk) always equals a recount from the article graphs: after
 * adding, after replacing a changed article, after re-ingesting unchanged ones, with {@code --replace}.
 */
class SummaryGraphIT {
    private static final Iris IRIS = Iris.defaultBase();
    private static final Model LEXICON = LexiconLoader.readBundled();
    private static final RuleExtractor EXTRACTOR = RuleExtractor.create(LexiconLoader.fromModel(LEXICON));

    private KnowledgeStore store;

    private static Article article(String url, String date, String body) {
        return new Article("test/" + url.hashCode() + ".txt", "عنوان", "test", date, url, "ar", body);
    }

    private static final Article ZAKHAROVA = article("https://example.org/a", "2024-07-13",
            "قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو تدعم تطبيع العلاقات بين تركيا وسوريا.");
    private static final Article ZAKHAROVA_CHANGED = article("https://example.org/a", "2024-08-01",
            "أدانت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا الهجوم على سوريا.");
    private static final Article PESKOV = article("https://example.org/b", null,
            "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا ترحب بالمحادثات بين تركيا وسوريا.");

    /** An ingester as `ingest` makes one: vocabularies loaded, summary there. */
    private Ingester ingester(boolean replaceAlways) {
        Ingester in = bareIngester().replaceAlways(replaceAlways);
        in.loadVocabularies(LEXICON.getGraph());
        return in;
    }

    private Ingester bareIngester() {
        ExtractionMapper mapper = new ExtractionMapper(IRIS, CameoMapping.fromClasspath(), Clock.systemUTC(), "test");
        return new Ingester(store, EXTRACTOR, mapper, GraphValidator.fromClasspath(), IRIS);
    }

    @BeforeEach
    void open() { store = KnowledgeStore.inMemory(); }

    @AfterEach
    void close() { store.close(); }

    /** The stored summary graph, then the one a recount from scratch gives (the store keeps the recount). */
    private Graph[] storedAndRecounted() {
        Graph stored = store.graph(IRIS.summaryGraph());
        store.removeGraph(IRIS.summaryGraph());
        assertThat(bareIngester().ensureSummary()).as("article graphs recounted").isPositive();
        assertThat(bareIngester().ensureSummary()).as("nothing to do the second time").isEqualTo(-1);
        return new Graph[] {stored, store.graph(IRIS.summaryGraph())};
    }

    private static void assertSame(Graph[] g) {
        assertThat(g[0].isIsomorphicWith(g[1])).as(() -> "stored " + g[0].find().toList() + "\nrecounted "
                + g[1].find().toList()).isTrue();
    }

    private static long claims(Graph summary) {
        long n = 0;
        for (Triple t : summary.find(Node.ANY, DG.claimCount.asNode(), Node.ANY).toList())
            if (summary.contains(t.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(), DG.MonthTally.asNode()))
                n += Long.parseLong(t.getObject().getLiteralLexicalForm());
        return n;
    }

    @Test
    void anEmptyStoreGetsAnEmptySummary() {
        ingester(false);
        Graph summary = store.graph(IRIS.summaryGraph());
        assertThat(summary.find(Node.ANY, DG.summaryVersion.asNode(), Node.ANY).toList()).hasSize(1);
        assertThat(claims(summary)).isZero();
    }

    @Test
    void summaryEqualsARecountAfterAddingArticles() {
        ingester(false).ingest(List.of(ZAKHAROVA, PESKOV), n -> { });
        Graph[] g = storedAndRecounted();
        assertThat(claims(g[0])).isPositive();
        assertSame(g);
    }

    @Test
    void replacingAChangedArticleTakesBackItsOldCounts() {
        ingester(false).ingest(List.of(ZAKHAROVA, PESKOV), n -> { });
        IngestReport r = ingester(false).ingest(List.of(ZAKHAROVA_CHANGED), n -> { });
        assertThat(r.replaced()).isEqualTo(1);
        Graph[] g = storedAndRecounted();
        assertSame(g);
        // the old July month is gone with the old version of the article
        assertThat(g[0].find(Node.ANY, DG.month.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString("2024-07"))
                .toList()).isEmpty();
    }

    @Test
    void reIngestingUnchangedOrWithReplaceChangesNoCount() {
        ingester(false).ingest(List.of(ZAKHAROVA, PESKOV), n -> { });
        Graph before = store.graph(IRIS.summaryGraph());
        ingester(false).ingest(List.of(ZAKHAROVA, PESKOV), n -> { });
        assertThat(store.graph(IRIS.summaryGraph()).isIsomorphicWith(before)).as("unchanged articles").isTrue();
        ingester(true).ingest(List.of(ZAKHAROVA, PESKOV), n -> { });
        assertThat(store.graph(IRIS.summaryGraph()).isIsomorphicWith(before)).as("--replace").isTrue();
        Graph copy = GraphFactory.createDefaultGraph();
        before.find().forEachRemaining(copy::add);
        assertSame(new Graph[] {copy, storedAndRecounted()[1]});
    }
}
