package org.diplograph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(demoArticles(tmp)), problems::add);
        if (articles.isEmpty()) throw new IllegalStateException("no demo articles: " + problems);
        Model lexicon = LexiconLoader.readBundled();
        RuleExtractor extractor = RuleExtractor.create(LexiconLoader.fromModel(lexicon));
        ExtractionMapper mapper = new ExtractionMapper(iris, CameoMapping.fromClasspath(), Clock.systemUTC(),
                "diplograph-" + extractor.name() + " " + extractor.version());
        KnowledgeStore store = KnowledgeStore.inMemory();
        Ingester ingester = new Ingester(store, extractor, mapper, GraphValidator.fromClasspath(), iris);
        ingester.loadVocabularies(lexicon.getGraph());
        IngestReport report = ingester.ingest(articles, n -> { });
        if (report.stored() != articles.size())
            throw new IllegalStateException("demo articles not all stored: " + report.summary() + " " + report.problems());
        return store;
    }

    /**
     * Copies the demo articles (packaged as /articles: in the jar that failsafe puts on the class path, or in
     * target/classes) to {@code dir}/articles and returns that folder.
     */
    static Path demoArticles(Path dir) {
        URL url = DemoStore.class.getResource("/articles");
        if (url == null) throw new IllegalStateException("/articles is not on the class path; run the ITs through mvn verify");
        Path target = dir.resolve("articles");
        try {
            if (url.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    copyTree(fs.getPath("/articles"), target);
                }
            } else {
                copyTree(Path.of(url.toURI()), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else if (f.toString().endsWith(".txt")) Files.copy(f, t);   // articles, not the folder's README
            }
        }
    }
}
