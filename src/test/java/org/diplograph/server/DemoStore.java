package org.diplograph.server;

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
import org.diplograph.validate.GraphValidator;

/** A throw-away store holding the bundled demo articles (data/articles), the ontology and the lexicon, as `ingest` makes it. */
public final class DemoStore {
    private DemoStore() {}

    /** A new temporary store with the demo articles ingested under {@code iris}; the caller closes it. */
    public static KnowledgeStore create(Iris iris, Path tmp) {
        return ingest(KnowledgeStore.inMemory(), iris, List.of(org.diplograph.testing.DemoArticles.copyTo(tmp)));
    }

    /**
     * {@code store} with the articles of {@code inputs}, the ontology and the lexicon ingested under {@code iris}, as
     * `ingest` does it; fails when an article is not stored. The caller closes the store.
     */
    public static KnowledgeStore ingest(KnowledgeStore store, Iris iris, List<Path> inputs) {
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(inputs, problems::add);
        if (articles.isEmpty()) throw new IllegalStateException("no demo articles: " + problems);
        Model lexicon = LexiconLoader.readBundled();
        RuleExtractor extractor = RuleExtractor.create(LexiconLoader.fromModel(lexicon));
        ExtractionMapper mapper = new ExtractionMapper(iris, CameoMapping.fromClasspath(), Clock.systemUTC(),
                "diplograph-" + extractor.name() + " " + extractor.version());
        Ingester ingester = new Ingester(store, extractor, mapper, GraphValidator.fromClasspath(), iris);
        ingester.loadVocabularies(lexicon.getGraph());
        IngestReport report = ingester.ingest(articles, n -> { });
        if (report.stored() != articles.size())
            throw new IllegalStateException("demo articles not all stored: " + report.summary() + " " + report.problems());
        return store;
    }
}
