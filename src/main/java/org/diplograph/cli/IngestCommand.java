package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.extract.Extractor;
import org.diplograph.ingest.IngestReport;
import org.diplograph.ingest.Ingester;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: extract articles and store them, one named graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and store them in the knowledge graph, one named graph per"
                + " article. Re-ingesting an unchanged article changes nothing; a changed one replaces its graph.",
                "Each article graph is checked against the SHACL shapes first; one that fails is reported, not stored."},
        footer = {"", "Example:", "  java -jar target/diplograph.jar ingest --store kg data/articles"})
public final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin ExtractionOptions extraction;
    @Mixin VerboseOption verbose;

    @Option(names = "--replace", description = "Rewrite every article graph, even when unchanged.")
    boolean replace;

    @Option(names = "--quiet", description = "Print nothing but problems.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> readProblems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(paths, readProblems::add);
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.store())) {
            IngestReport report = ingest(store, extraction, articles, replace);
            readProblems.forEach(err::println);
            report.problems().forEach(err::println);
            if (!quiet) {
                out.println("ingested " + report.summary());
                out.println("store %s: %d quads in %d graphs".formatted(storeOptions.store(), store.size(),
                        store.graphNames().size()));
            }
            boolean failed = report.rejected() > 0
                    || readProblems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
            return failed ? 1 : 0;
        }
    }

    /** Ingests articles into an open store with the extraction options given (shared with {@code serve --demo}). */
    static IngestReport ingest(KnowledgeStore store, ExtractionOptions extraction, List<Article> articles, boolean replace) {
        Extractor extractor = extraction.extractor();
        Ingester ingester = new Ingester(store, extractor, extraction.mapper(extractor), GraphValidator.fromClasspath(),
                extraction.iris()).replaceAlways(replace);
        ingester.loadVocabularies(extraction.lexiconModel().getGraph());
        return ingester.ingest(articles, n -> { });
    }
}
