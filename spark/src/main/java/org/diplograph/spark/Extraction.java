package org.diplograph.spark;

import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.format.ExtractionJson;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import org.diplograph.rdf.BundledTurtle;
import org.diplograph.rdf.CameoMapping;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;

/**
 * The extraction an executor runs: the bundled lexicon and attribution model, loaded once per executor JVM (per IRI
 * base) and shared by its task threads, as {@code extract} shares them between its worker threads. Per article it
 * gives what {@code extract} prints: the N-Quads of {@code --format nquads}, the line of {@code --format jsonl},
 * plus the rows of the claims table.
 */
final class Extraction {
    private static final ConcurrentMap<String, Extraction> BY_BASE = new ConcurrentHashMap<>();

    private final Iris iris;
    private final Extractor extractor;
    private final ExtractionMapper mapper;
    private final Graph vocabulary;

    private Extraction(Iris iris) {
        this.iris = iris;
        Model lexicon = LexiconLoader.readBundled();
        this.extractor = RuleExtractor.create(LexiconLoader.fromModel(lexicon));
        // as the main command line builds it, so the graphs (extraction agent included) are the same
        this.mapper = new ExtractionMapper(iris, CameoMapping.fromClasspath(), Clock.systemUTC(),
                "diplograph-" + extractor.name() + " " + extractor.version());
        Graph vocab = GraphFactory.createDefaultGraph();
        BundledTurtle.ontology().find().forEachRemaining(vocab::add);
        lexicon.getGraph().find().forEachRemaining(vocab::add);
        this.vocabulary = vocab;
    }

    /** The executor's extraction for IRIs under {@code base}, made on first use. */
    static Extraction forBase(String base) {
        return BY_BASE.computeIfAbsent(base, b -> new Extraction(Iris.withBase(b)));
    }

    /** One article's outputs, those of {@code formats} only; a failure becomes a bad record, never an exception. */
    Outcome process(Article a, Set<ExtractJob.Format> formats) {
        try {
            ArticleExtraction x = extractor.extract(a);
            Node graphName = mapper.graphName(x);
            Graph g = mapper.map(x);
            String quads = formats.contains(ExtractJob.Format.nquads) ? nquads(graphName, g) : null;
            return new Outcome(quads, quads == null ? 0 : lines(quads),
                    formats.contains(ExtractJob.Format.parquet) ? ClaimsTable.rows(g, vocabulary) : List.of(),
                    formats.contains(ExtractJob.Format.statements) ? statementsLine(x, g) : null, null);
        } catch (RuntimeException e) {
            return Outcome.bad(BadRecord.of(new Problem(Problem.Severity.ERROR, a.file(), "extraction failed: " + e), "extract"));
        }
    }

    /**
     * The quads as {@code extract --format nquads} writes them (Jena's plain N-Quads writer), one per line, without
     * the newline after the last: the text writer adds it, so the article's lines go out as one record.
     */
    private static String nquads(Node graphName, Graph g) {
        StringWriter w = new StringWriter();
        StreamRDF out = StreamRDFLib.writer(w);
        out.start();
        g.find(Triple.ANY).forEachRemaining(t -> out.quad(Quad.create(graphName, t)));
        out.finish();
        StringBuffer b = w.getBuffer();
        if (b.length() > 0 && b.charAt(b.length() - 1) == '\n') b.setLength(b.length() - 1);
        return b.toString();
    }

    private static int lines(String s) {
        if (s.isEmpty()) return 0;
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
        return n;
    }

    /** The line {@code extract --format jsonl} prints for the article. */
    private String statementsLine(ArticleExtraction x, Graph g) {
        String key = Iris.articleKey(x.article());
        List<String> speakerIris = new ArrayList<>();
        for (int n = 1; n <= x.statements().size(); n++) {
            var it = g.find(iris.statement(key, n), PROV.wasAttributedTo.asNode(), Node.ANY);
            speakerIris.add(it.hasNext() ? it.next().getObject().getURI() : null);
        }
        return new ExtractionJson(a -> iris.article(key).getURI(), speakerIris, false).toLine(x);
    }
}
