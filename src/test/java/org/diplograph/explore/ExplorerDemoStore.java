package org.diplograph.explore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.ingest.IngestReport;
import org.diplograph.ingest.Ingester;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.rdf.CameoMapping;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.testing.DemoArticles;
import org.diplograph.validate.GraphValidator;

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
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(inputs, problems::add);
        if (articles.isEmpty()) throw new IllegalStateException("no demo articles: " + problems);
        Model lexicon = LexiconLoader.readBundled();
        RuleExtractor extractor = RuleExtractor.create(LexiconLoader.fromModel(lexicon));
        ExtractionMapper mapper = new ExtractionMapper(iris, CameoMapping.fromClasspath(), Clock.systemUTC(),
                "diplograph-" + extractor.name() + " " + extractor.version());
        KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"));
        Ingester ingester = new Ingester(store, extractor, mapper, GraphValidator.fromClasspath(), iris);
        ingester.loadVocabularies(lexicon.getGraph());
        IngestReport report = ingester.ingest(articles, n -> { });
        if (report.stored() != articles.size())
            throw new IllegalStateException("demo articles not all stored: " + report.summary() + " " + report.problems());
        return store;
    }
}
