package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.extract.Extractor;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import org.diplograph.rdf.BundledTurtle;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.diplograph.rdf.Tallies;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.validate.GraphValidator;
import org.diplograph.validate.ValidationResult;

/**
 * Extracts articles and stores each as its own named graph, after checking it against the SHACL shapes.
 * Extraction, mapping and validation run on worker threads ({@link OrderedParallel}), a bounded number of
 * articles at a time; writes are batched, {@link #batchSize(int)} articles per write transaction, and an article's
 * graph is always wholly inside one transaction. A run killed at any point leaves every article stored whole or
 * not at all; running it again stores the rest and finds the stored ones unchanged.
 * <pre>
 *   Ingester in = new Ingester(store, extractor, mapper, GraphValidator.fromClasspath(), iris);
 *   in.loadVocabularies(lexiconGraph);
 *   try (IngestRun run = in.start(done -&gt; progress.update(done))) {
 *       reader.read(input, run::add, run::problem);
 *       IngestReport r = run.finish();
 *   }
 * </pre>
 */
public final class Ingester {
    /** Articles per write transaction unless set. */
    public static final int DEFAULT_BATCH = 200;

    private final KnowledgeStore store;
    private final Extractor extractor;
    private final ExtractionMapper mapper;
    private final GraphValidator validator;
    private final Iris iris;
    private final SummaryGraph summary;
    private boolean replaceAlways;
    private int batchSize = DEFAULT_BATCH;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ArticleLimits limits = ArticleLimits.DEFAULT;

    public Ingester(KnowledgeStore store, Extractor extractor, ExtractionMapper mapper, GraphValidator validator, Iris iris) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.summary = new SummaryGraph(iris);
    }

    /** Rewrite article graphs even when nothing but the extraction time would change. */
    public Ingester replaceAlways(boolean yes) {
        this.replaceAlways = yes;
        return this;
    }

    /** Articles per write transaction (1 to 100,000). */
    public Ingester batchSize(int articles) {
        if (articles < 1 || articles > 100_000) throw new IllegalArgumentException("invalid batch size: " + articles);
        this.batchSize = articles;
        return this;
    }

    /** Extraction threads (default: all cores). */
    public Ingester threads(int n) {
        if (n < 1) throw new IllegalArgumentException("invalid thread count: " + n);
        this.threads = n;
        return this;
    }

    /** The most statements, claims and time one article may cost; one over them is rejected with the reason. */
    public Ingester limits(ArticleLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /**
     * Stores the ontology (from the jar) and the given lexicon graph in their own named graphs, and recounts the
     * summary graph when the store has none (a store bulk-loaded with {@code tdb2.tdbloader}, or one written
     * before the summary existed).
     */
    public void loadVocabularies(Graph lexicon) {
        store.putStaticGraph(iris.ontologyGraph(), BundledTurtle.ontology());
        store.putStaticGraph(iris.lexiconGraph(), rebased(lexicon, iris));
        ensureSummary();
    }

    /**
     * Recounts the summary graph ({@link SummaryGraph}) from all article graphs if it is missing or of another
     * version; afterwards every batch keeps it up to date.
     *
     * @return the number of article graphs counted, or -1 when the summary was there already
     */
    public long ensureSummary() {
        DatasetGraph dsg = store.dataset();
        if (Txn.calculateRead(dsg, () -> summary.isPresent(dsg))) return -1;
        return Txn.calculateWrite(dsg, () -> summary.isPresent(dsg) ? -1 : summary.rebuild(dsg));
    }

    /**
     * The curated lexicon names its states, organisations and persons under the default base; with {@code --base}
     * they move to the deployment's base, so the article graphs (minted there) and the lexicon describe one node.
     */
    static Graph rebased(Graph lexicon, Iris iris) {
        String from = Iris.DEFAULT_BASE + "id/";
        String to = iris.idNamespace();
        if (from.equals(to)) return lexicon;
        Graph out = GraphFactory.createDefaultGraph();
        lexicon.find(Triple.ANY).forEachRemaining(t -> out.add(Triple.create(move(t.getSubject(), from, to),
                t.getPredicate(), move(t.getObject(), from, to))));
        return out;
    }

    private static Node move(Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    /**
     * Ingests a list of articles. Never throws for one bad article: it is counted as rejected with a problem.
     *
     * @param progress called after each committed batch with the number of articles done so far
     */
    public IngestReport ingest(List<Article> articles, Consumer<Integer> progress) {
        try (IngestRun run = start(n -> progress.accept((int) n))) {
            articles.forEach(run::add);
            return run.finish();
        }
    }

    /**
     * Starts a streaming run: {@link IngestRun#add} articles as they are read, {@link IngestRun#finish()} at the end.
     *
     * @param progress called after each committed batch with the number of articles done so far
     */
    public IngestRun start(LongConsumer progress) {
        return new IngestRun(this, progress, threads, batchSize);
    }

    enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** One article after extraction: its graph, or the problem that keeps it out. */
    record Prepared(Node graphName, Graph graph, Problem problem) {}

    /** Extraction, mapping and validation: pure, so it runs in parallel. */
    Prepared prepare(Article a) {
        long start = System.nanoTime();
        try {
            ArticleExtraction x = extractor.extract(a);
            String over = limits.overTime(since(start), "extraction");
            if (over == null) over = limits.overSize(x);  // before its graph is built: that is what fills the heap
            if (over != null) return rejected(a, over);
            Graph g = mapper.map(x);
            over = limits.overTime(since(start), "extraction and mapping");
            if (over != null) return rejected(a, over);
            ValidationResult v = validator.validate(g);
            over = limits.overTime(since(start), "extraction, mapping and SHACL check");
            if (over != null) return rejected(a, over);
            if (!v.conforms())
                return new Prepared(null, null, new Problem(Problem.Severity.ERROR, a.file(),
                        "graph fails SHACL validation (%d violations), not stored: %s".formatted(v.violations(),
                                firstLine(v.reportText()))));
            return new Prepared(mapper.graphName(x), g, null);
        } catch (RuntimeException e) {
            return new Prepared(null, null, new Problem(Problem.Severity.ERROR, a.file(), "extraction failed: " + e));
        }
    }

    private static Prepared rejected(Article a, String why) {
        return new Prepared(null, null, new Problem(Problem.Severity.ERROR, a.file(), "too large, not stored: " + why));
    }

    private static java.time.Duration since(long startNanos) {
        return java.time.Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * Stores a batch of article graphs in one write transaction, with the summary graph's counts changed to
     * match, and returns what happened to each.
     */
    List<Outcome> store(List<Prepared> batch) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateWrite(dsg, () -> {
            List<Outcome> outcomes = new ArrayList<>(batch.size());
            Tallies delta = new Tallies();
            for (Prepared p : batch) outcomes.add(storeOne(dsg, p, delta));
            summary.apply(dsg, delta);
            return outcomes;
        });
    }

    /** Inside a write transaction: adds, replaces or leaves the article's graph, and counts the change in {@code delta}. */
    private Outcome storeOne(DatasetGraph dsg, Prepared p, Tallies delta) {
        boolean existed = dsg.contains(p.graphName, Node.ANY, Node.ANY, Node.ANY);
        if (existed) {
            Graph stored = GraphFactory.createDefaultGraph();
            dsg.find(p.graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> stored.add(q.asTriple()));
            if (!replaceAlways && sameIgnoringTime(stored, p.graph)) return Outcome.UNCHANGED;
            delta.add(stored, -1);
            dsg.removeGraph(p.graphName);
        }
        p.graph.find().forEachRemaining(t -> dsg.add(p.graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        delta.add(p.graph, 1);
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
