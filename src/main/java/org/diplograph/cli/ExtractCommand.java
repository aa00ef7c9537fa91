package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
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
                        + " and .html files; folders are walked recursively. Problems with single files are"
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

    @Option(names = "--explain", description = "Add the id of the rule that produced each statement and claim (jsonl).")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = extraction.extractor();
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(paths, problems::add);
        ExtractionMapper mapper = extraction.mapper(extractor);
        List<Mapped> results = articles.parallelStream()
                .map(a -> extractOrReport(extractor, mapper, a, problems)).filter(java.util.Objects::nonNull).toList();
        switch (format) {
            case jsonl -> writeJson(results);
            case turtle -> writeRdf(results, false);
            case trig, nquads -> writeRdf(results, true);
        }
        for (Problem p : problems) err.println(p);
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR) ? 1 : 0;
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

    private void writeJson(List<Mapped> results) {
        PrintWriter out = spec.commandLine().getOut();
        Iris iris = extraction.iris();
        for (Mapped m : results) {
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
        out.flush();
    }

    private void writeRdf(List<Mapped> results, boolean quads) {
        PrintWriter out = spec.commandLine().getOut();
        if (quads) {
            // one article at a time, so N-Quads stream for corpora of any size
            for (Mapped m : results) {
                DatasetGraph ds = DatasetGraphFactory.createGeneral();
                ds.addGraph(m.graphName(), m.graph());
                RDFWriter.source(ds).format(format == Format.trig ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS).build().output(out);
            }
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            for (Mapped m : results) m.graph().find(Triple.ANY).forEachRemaining(union::add);
            RDFWriter.source(union).format(RDFFormat.TURTLE_BLOCKS).build().output(out);
        }
        out.flush();
    }
}
