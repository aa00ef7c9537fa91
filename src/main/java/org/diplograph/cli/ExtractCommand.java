package org.diplograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.diplograph.ingest.OrderedParallel;
import org.diplograph.ingest.Progress;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
import org.diplograph.model.UserException;
import org.diplograph.extract.Coverage;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.format.ExtractionJson;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: articles in, statements out (JSON Lines, Turtle, TriG or N-Quads) on standard output. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and print them; nothing is stored.",
                "Reads .txt (optional 'key: value' header block ending in a '---' line), news-please .json/.jsonl"
                        + ", .html and WARC files (each also .gz) and '-' (JSON Lines on standard input); folders are walked"
                        + " recursively. Output streams in input order, extraction runs on all cores. Problems with single files are"
                        + " reported on stderr and the batch goes on (exit 1 if any file was rejected)."},
        footer = {"", "Examples:",
                "  java -jar target/diplograph.jar extract --format jsonl data/articles > out.jsonl",
                "  java -jar target/diplograph.jar extract --format trig --explain article.txt",
                "  java -jar target/diplograph.jar extract --format nquads corpus/ > corpus.nq   # for tdb2.tdbloader"})
public final class ExtractCommand implements Callable<Integer> {
    /** Output formats of {@code extract}. */
    public enum Format { jsonl, turtle, trig, nquads }

    @Spec CommandSpec spec;
    @Mixin VerboseOption verbose;
    @Mixin ExtractionOptions extraction;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", description = "Add the rule behind each statement and claim and, for each statement, "
            + "the attribution model's probabilities, strongest features and rival candidates; list every candidate "
            + "speaker weighed, kept or not (jsonl).")
    boolean explain;

    @Option(names = "--coverage", paramLabel = "FILE",
            description = "Also write a coverage report as JSON to FILE: reporting cues, how many ended in a statement, "
                    + "per cue, and the most frequent shapes (word classes, not words) of the contexts of cues that did not.")
    Path coverage;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Mixin ScaleOptions scale;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders, or - for JSON Lines on standard input.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Extractor chosen = extraction.extractor();
        Extractor extractor = explain && chosen instanceof RuleExtractor rules ? rules.explaining() : chosen;
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        ArticleReader reader = scale.reader();
        List<ArticleReader.Input> inputs = reader.inputs(paths, problems::add);
        ExtractionMapper mapper = extraction.mapper(extractor);
        Progress progress = scale.progress(err, quiet, reader, inputs);
        long[] done = {0, 0};
        Sink sink = sink();
        if (coverage != null && !(extractor instanceof RuleExtractor))
            throw new UserException("--coverage needs the rule-based extractor");
        Coverage cov = coverage == null ? null : new Coverage();
        try (OrderedParallel<Article, Mapped> workers = new OrderedParallel<>(
                a -> {
                    Mapped m = extractOrReport(extractor, mapper, a, problems);
                    if (cov != null && m != null) cov.add(m.extraction(), ((RuleExtractor) extractor).cueOccurrences(a));
                    return m;
                },
                m -> {
                    done[0]++;
                    if (m != null) {
                        done[1]++;
                        sink.write(m);
                    }
                    progress.update(done[0]);
                }, scale.threads(), Math.max(32, 4 * scale.threads()))) {
            for (ArticleReader.Input in : inputs) reader.read(in, workers::submit, problems::add);
        }
        sink.finish();
        progress.finish(done[0]);
        for (Problem p : problems) err.println(p);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("extracted", done[1]);
        counts.put("rejected", errors);
        scale.writeReport("extract", counts, problems);
        if (cov != null) writeCoverage(cov, err);
        return errors > 0 ? 1 : 0;
    }

    private void writeCoverage(Coverage cov, PrintWriter err) {
        try {
            if (coverage.getParent() != null) Files.createDirectories(coverage.getParent());
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValue(coverage.toFile(), cov.report(40));
        } catch (IOException e) {
            throw new UserException("--coverage: cannot write %s: %s".formatted(coverage, e.getMessage()), e);
        }
        err.printf(java.util.Locale.ROOT, "coverage: %d articles, %d statements (%.2f per article), %d reporting cues, %d (%.1f%%) in a statement; report in %s%n",
                cov.articles(), cov.statements(), cov.articles() == 0 ? 0.0 : cov.statements() / (double) cov.articles(),
                cov.cues(), cov.covered(), cov.cues() == 0 ? 0.0 : 100.0 * cov.covered() / cov.cues(), coverage);
    }

    /** Where extractions go, in input order. */
    private interface Sink {
        void write(Mapped m);

        void finish();
    }

    private Sink sink() {
        PrintWriter out = spec.commandLine().getOut();
        return switch (format) {
            case jsonl -> new Sink() {
                @Override public void write(Mapped m) { writeJson(m); }
                @Override public void finish() { out.flush(); }
            };
            case nquads -> new Sink() {
                // plain N-Quads, one line per quad, nothing held: what tdb2.tdbloader and tdb2.xloader read
                private final StreamRDF quads = StreamRDFLib.writer(out);
                { quads.start(); }
                @Override public void write(Mapped m) {
                    m.graph().find(Triple.ANY).forEachRemaining(t -> quads.quad(Quad.create(m.graphName(), t)));
                }
                @Override public void finish() { quads.finish(); out.flush(); }
            };
            case trig -> new Sink() {
                @Override public void write(Mapped m) {
                    DatasetGraph ds = DatasetGraphFactory.createGeneral();
                    ds.addGraph(m.graphName(), m.graph());
                    RDFWriter.source(ds).format(RDFFormat.TRIG_BLOCKS).build().output(out);
                }
                @Override public void finish() { out.flush(); }
            };
            case turtle -> new Sink() {
                // one graph for all: held in memory, so use nquads or trig for large corpora
                private final Graph union = GraphFactory.createDefaultGraph();
                @Override public void write(Mapped m) { m.graph().find(Triple.ANY).forEachRemaining(union::add); }
                @Override public void finish() {
                    RDFWriter.source(union).format(RDFFormat.TURTLE_BLOCKS).build().output(out);
                    out.flush();
                }
            };
        };
    }

    /** An extraction with its article graph. */
    record Mapped(ArticleExtraction extraction, Node graphName, Graph graph) {}

    /** One article's extraction and graph, or null with a recorded problem: one bad article never stops the batch. */
    static Mapped extractOrReport(Extractor extractor, ExtractionMapper mapper, Article a, List<Problem> problems) {
        try {
            ArticleExtraction x = extractor.extract(a);
            return new Mapped(x, mapper.graphName(x), mapper.map(x));
        } catch (RuntimeException e) {
            synchronized (problems) {
                problems.add(new Problem(Problem.Severity.ERROR, a.file(), "extraction failed: " + e));
            }
            return null;
        }
    }

    private void writeJson(Mapped m) {
        PrintWriter out = spec.commandLine().getOut();
        Iris iris = extraction.iris();
        ArticleExtraction x = m.extraction();
        String key = Iris.articleKey(x.article());
        Graph g = m.graph();
        List<String> speakerIris = new ArrayList<>();
        for (int n = 1; n <= x.statements().size(); n++) {
            var it = g.find(iris.statement(key, n), PROV.wasAttributedTo.asNode(), Node.ANY);
            speakerIris.add(it.hasNext() ? it.next().getObject().getURI() : null);
        }
        ExtractionJson json = new ExtractionJson(a -> iris.article(key).getURI(), speakerIris, explain);
        out.println(json.toLine(x));
    }
}
