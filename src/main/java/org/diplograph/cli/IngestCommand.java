package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.extract.Extractor;
import org.diplograph.ingest.IngestReport;
import org.diplograph.ingest.IngestRun;
import org.diplograph.ingest.Ingester;
import org.diplograph.ingest.Progress;
import org.diplograph.ingest.StoreSpace;
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

/** {@code ingest}: extract articles and store them, one named graph per article, streaming and in batches. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and store them in the knowledge graph, one named graph per"
                + " article. Re-ingesting an unchanged article changes nothing; a changed one replaces its graph.",
                "Each article graph is checked against the SHACL shapes first; one that fails is reported, not stored.",
                "Reads files, folders and '-' (JSON Lines on standard input) one record at a time, extracts on all"
                        + " cores and writes --batch articles per transaction: memory does not grow with the corpus,"
                        + " and an interrupted run can simply be run again."},
        footer = {"", "Examples:", "  java -jar target/diplograph.jar ingest --store kg data/articles",
                "  zcat news.jsonl.gz | java -jar target/diplograph.jar ingest --store kg --report rejected.json -",
                "  java -Xmx512m -jar target/diplograph.jar ingest --store kg CC-NEWS-20240101*.warc.gz"})
public final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;
    @Mixin ExtractionOptions extraction;
    @Mixin ScaleOptions scale;
    @Mixin LimitOptions limits;
    @Mixin VerboseOption verbose;

    @Option(names = "--replace", description = "Rewrite every article graph, even when unchanged.")
    boolean replace;

    @Option(names = "--quiet", description = "Print nothing but problems (no summary, no progress).")
    boolean quiet;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingester.DEFAULT_BATCH,
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk", description = "Fill a new, empty store through the TDB2 bulk loader (fastest for large inputs):"
            + " articles, or N-Quads files of article graphs (*.nq, *.nq.gz: extract --format nquads, the Spark job)."
            + " Each article graph is SHACL-checked first; text index and summary are built once at the end.")
    boolean bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders, or - for JSON Lines on standard input.")
    List<Path> paths;

    @Override
    public Integer call() {
        if (bulk) return IngestBulk.run(this);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = scale.reader();
        List<Problem> early = new ArrayList<>();
        List<ArticleReader.Input> inputs = reader.inputs(paths, early::add);
        try (KnowledgeStore store = KnowledgeStore.open(storeOptions.store())) {
            Ingester ingester = ingester(store, extraction, replace);
            try {
                ingester.batchSize(batch).threads(scale.threads()).limits(limits.limits());
            } catch (IllegalArgumentException e) {
                throw new org.diplograph.model.UserException("--batch/--threads: " + e.getMessage(), e);
            }
            Progress progress = scale.progress(err, quiet, reader, inputs);
            IngestReport report;
            try (IngestRun run = ingester.start(progress::update)) {
                early.forEach(run::problem);
                for (ArticleReader.Input in : inputs) reader.read(in, run::add, run::problem);
                report = run.finish();
            }
            progress.finish(report.added() + report.replaced() + report.unchanged() + report.rejected());
            report.problems().forEach(err::println);
            if (!quiet) {
                out.println("ingested " + report.summary());
                // the graph count streams; a quad count would read every quad of a large store (`stats` gives it)
                out.println("store %s: %d graphs".formatted(storeOptions.store(), store.graphCount()));
            }
            StoreSpace.Usage space = StoreSpace.measure(store, StoreSpace.WORTH_COMPACTING);
            if (space.grownPastData()) err.println("diplograph: note: " + space.describe(storeOptions.store()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("added", report.added());
            counts.put("replaced", report.replaced());
            counts.put("unchanged", report.unchanged());
            counts.put("rejected", report.rejected());
            scale.writeReport("ingest", counts, report.problems());
            return report.rejected() > 0 ? 1 : 0;
        }
    }

    private static Ingester ingester(KnowledgeStore store, ExtractionOptions extraction, boolean replace) {
        Extractor extractor = extraction.extractor();
        Ingester ingester = new Ingester(store, extractor, extraction.mapper(extractor), GraphValidator.fromClasspath(),
                extraction.iris()).replaceAlways(replace);
        ingester.loadVocabularies(extraction.lexiconModel().getGraph());
        return ingester;
    }

    /** Ingests articles into an open store with the extraction options given (shared with {@code serve --demo}). */
    static IngestReport ingest(KnowledgeStore store, ExtractionOptions extraction, List<Article> articles, boolean replace) {
        return ingester(store, extraction, replace).ingest(articles, n -> { });
    }
}
