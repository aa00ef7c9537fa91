package org.diplograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import org.diplograph.validate.ValidationResult;

/**
 * Extracts articles and stores each as its own named graph, after checking it against the SHACL shapes.
 * Extraction runs on all cores; writes are one transaction per article, so readers see an article's old graph
 * or its new one, never half of one.
 * <pre>
 *   Ingester in = new Ingester(store, extractor, mapper, GraphValidator.fromClasspath(), iris);
 *   in.loadVocabularies(lexiconGraph);
 *   IngestReport r = in.ingest(articles, progress -> {});
 * </pre>
 */
public final class Ingester {
    /** Ontology files loaded into the ontology graph (bundled under {@code /ontology/}). */
    public static final List<String> ONTOLOGY_FILES = List.of("diplograph.ttl", "concepts.ttl", "cameo.ttl");

    private final KnowledgeStore store;
    private final Extractor extractor;
    private final ExtractionMapper mapper;
    private final GraphValidator validator;
    private final Iris iris;
    private boolean replaceAlways;

    public Ingester(KnowledgeStore store, Extractor extractor, ExtractionMapper mapper, GraphValidator validator, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Rewrite article graphs even when nothing but the extraction time would change. */
    public Ingester replaceAlways(boolean yes) {
        this.replaceAlways = yes;
        return this;
    }

    /** Stores the ontology (from the jar) and the given lexicon graph in their own named graphs. */
    public void loadVocabularies(Graph lexicon) {
        Graph onto = GraphFactory.createDefaultGraph();
        for (String f : ONTOLOGY_FILES) {
            try (InputStream in = Ingester.class.getResourceAsStream("/ontology/" + f)) {
                if (in == null) throw new IllegalStateException("ontology file /ontology/" + f + " is missing from the jar");
                RDFDataMgr.read(onto, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled ontology " + f, e);
            }
        }
        store.putStaticGraph(iris.ontologyGraph(), onto);
        store.putStaticGraph(iris.lexiconGraph(), lexicon);
    }

    /**
     * Ingests the articles. Never throws for one bad article: it is counted as rejected with a problem.
     *
     * @param progress called after each article with the number done so far
     */
    public IngestReport ingest(List<Article> articles, Consumer<Integer> progress) {
        List<Problem> problems = new ArrayList<>();
        int added = 0, replaced = 0, unchanged = 0, rejected = 0, done = 0;
        List<Prepared> prepared = articles.parallelStream().map(this::prepare).toList();
        for (Prepared p : prepared) {
            if (p.problem != null) {
                problems.add(p.problem);
                rejected++;
            } else {
                switch (store(p)) {
                    case ADDED -> added++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
            }
            progress.accept(++done);
        }
        return new IngestReport(added, replaced, unchanged, rejected, problems);
    }

    private enum Outcome { ADDED, REPLACED, UNCHANGED }

    private record Prepared(Node graphName, Graph graph, Problem problem) {}

    /** Extraction, mapping and validation: pure, so it runs in parallel. */
    private Prepared prepare(Article a) {
        try {
            ArticleExtraction x = extractor.extract(a);
            Graph g = mapper.map(x);
            ValidationResult v = validator.validate(g);
            if (!v.conforms())
                return new Prepared(null, null, new Problem(Problem.Severity.ERROR, a.file(),
                        "graph fails SHACL validation (%d violations), not stored: %s".formatted(v.violations(),
                                firstLine(v.reportText()))));
            return new Prepared(mapper.graphName(x), g, null);
        } catch (RuntimeException e) {
            return new Prepared(null, null, new Problem(Problem.Severity.ERROR, a.file(), "extraction failed: " + e));
        }
    }

    private Outcome store(Prepared p) {
        boolean existed = store.containsGraph(p.graphName);
        if (existed && !replaceAlways && sameIgnoringTime(store.graph(p.graphName), p.graph)) return Outcome.UNCHANGED;
        store.replaceGraph(p.graphName, p.graph);
        return existed ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** True when two article graphs differ at most in the extraction's start time. */
    static boolean sameIgnoringTime(Graph stored, Graph fresh) {
        return withoutTime(stored).isIsomorphicWith(withoutTime(fresh));
    }

    private static Graph withoutTime(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find(Triple.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(PROV.startedAtTime.asNode())) copy.add(t);
        });
        return copy;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
