package org.diplograph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.extract.Extractor;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import org.diplograph.rdf.BundledTurtle;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Tallies;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TextIndexBuilder;
import org.diplograph.validate.GraphValidator;
import org.diplograph.validate.ValidationResult;

/**
 * {@code ingest --bulk}: fills a new, empty store through Jena's TDB2 bulk loader (phased, as {@code tdb2.tdbloader}
 * uses by default) instead of write transactions. Input is articles (extracted, mapped and checked on worker
 * threads, as {@link Ingester} does) or N-Quads files of article graphs ({@code extract --format nquads}, or the
 * Spark job's {@code nquads/} output), each article graph checked against the SHACL shapes before it is loaded.
 * The ontology, the lexicon and the summary graph (counted while the articles pass) go in through the loader too;
 * the full-text index is written on its own thread from the same quads while the loader runs
 * ({@link TextIndexBuilder}).
 * <pre>
 *   try (BulkIngest.Run run = new BulkIngest(extractor, mapper, GraphValidator.fromClasspath(), iris)
 *           .start(Path.of("kg"), lexicon, done -&gt; progress.update(done))) {
 *       reader.read(input, run::add, run::problem);
 *       run.addQuads(Path.of("corpus.nq.gz"));
 *       IngestReport r = run.finish();
 *   }
 * </pre>
 * An article graph met twice (the same article twice in the input) is loaded once, the first time; the second is
 * reported. A failed bulk load leaves the store unusable: delete the folder and run again.
 */
public final class BulkIngest {
    private final Extractor extractor;
    private final ExtractionMapper mapper;
    private final GraphValidator validator;
    private final Iris iris;
    private int threads = Runtime.getRuntime().availableProcessors();

    public BulkIngest(Extractor extractor, ExtractionMapper mapper, GraphValidator validator, Iris iris) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Extraction and validation threads (default: all cores). */
    public BulkIngest threads(int n) {
        if (n < 1) throw new IllegalArgumentException("invalid thread count: " + n);
        this.threads = n;
        return this;
    }

    /** Whether {@code path} names an N-Quads file ({@code .nq}, {@code .nq.gz}), not articles. */
    public static boolean isNQuads(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }

    /**
     * Starts a bulk load into {@code storeDir}, which must be missing, empty or an empty store.
     *
     * @param lexicon  the lexicon graph, stored (rebased to the deployment's IRIs) in its own graph
     * @param progress called now and then with the number of article graphs done so far
     * @throws UserException when the store already holds data or is in use
     */
    public Run start(Path storeDir, Graph lexicon, LongConsumer progress) {
        Objects.requireNonNull(storeDir, "storeDir");
        Objects.requireNonNull(lexicon, "lexicon");
        DatasetGraph tdb = openEmpty(storeDir);
        return new Run(storeDir, tdb, lexicon, progress);
    }

    private static DatasetGraph openEmpty(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("cannot create store folder %s: %s".formatted(dir, e.getMessage()), e);
        }
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            throw new UserException("cannot open store %s for a bulk load (is `serve` running on it?): %s"
                    .formatted(dir, e.getMessage()), e);
        }
        if (!Txn.calculateRead(tdb, tdb::isEmpty)) {
            TDBInternal.expel(tdb);
            throw new UserException(("ingest --bulk loads a new store only, and %s already holds data; "
                    + "give a new --store folder, or use ingest without --bulk to add to it").formatted(dir));
        }
        // an index left by an earlier run would not match: the store rebuilds it from the data when next opened
        deleteTree(dir.resolve("text"));
        return tdb;
    }

    /** How long one phase of a bulk load took (wall clock). */
    public record Phase(String name, Duration wall) {
        public Phase {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(wall, "wall");
        }

        @Override
        public String toString() { return "%s %.1f s".formatted(name, wall.toMillis() / 1000.0); }
    }

    /** An article graph ready to load, or the problem that keeps it out. */
    record Checked(Node graphName, Graph graph, Problem problem) {}

    /** Extraction, mapping and validation of one article (as {@link Ingester} does): pure, so it runs in parallel. */
    Checked prepare(Article a) {
        try {
            ArticleExtraction x = extractor.extract(a);
            return check(a.file(), mapper.graphName(x), mapper.map(x));
        } catch (RuntimeException e) {
            return new Checked(null, null, new Problem(Problem.Severity.ERROR, a.file(), "extraction failed: " + e));
        }
    }

    /** The SHACL check of one article graph. */
    Checked check(String source, Node name, Graph g) {
        long cpu = CPU.getCurrentThreadCpuTime();
        try {
            ValidationResult v = validator.validate(g);
            if (!v.conforms())
                return new Checked(null, null, new Problem(Problem.Severity.ERROR, source,
                        "graph fails SHACL validation (%d violations), not stored: %s".formatted(v.violations(),
                                firstLine(v.reportText()))));
            return new Checked(name, g, null);
        } catch (RuntimeException e) {
            return new Checked(null, null, new Problem(Problem.Severity.ERROR, source, "validation failed: " + e));
        } finally {
            checkCpuNanos.add(CPU.getCurrentThreadCpuTime() - cpu);
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final LongAdder checkCpuNanos = new LongAdder();

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * One bulk load, made by {@link #start}: add articles and N-Quads files from one thread, then {@link #finish()}.
     * Not thread-safe.
     */
    public final class Run implements AutoCloseable {
        private final Path dir;
        private final DatasetGraph tdb;
        private final Graph lexicon;
        private final LongConsumer progress;
        private final DataLoader loader;
        private final StreamRDF sink;
        private final OrderedParallel<java.util.function.Supplier<Checked>, Checked> workers;
        private final TextIndexBuilder text;
        private final OrderedParallel<List<Quad>, RuntimeException> indexer;
        private final Tallies tallies = new Tallies();
        private final Set<String> seen = new HashSet<>();
        private final List<Problem> problems = new ArrayList<>();
        private final String articleGraphs = iris.graphNamespace() + "article/";
        private final List<Phase> phases = new ArrayList<>();
        private long phaseStart = System.nanoTime();
        private int added, rejected;
        private long done;
        private boolean finished;

        private Run(Path dir, DatasetGraph tdb, Graph lexicon, LongConsumer progress) {
            this.dir = dir;
            this.tdb = tdb;
            this.lexicon = lexicon;
            this.progress = progress == null ? n -> { } : progress;
            this.loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
            this.workers = new OrderedParallel<>(java.util.function.Supplier::get, this::collect, threads,
                    Math.max(4 * threads, 32));
            this.text = TextIndexBuilder.create(dir);
            // one thread writes the text index while the loader runs: Lucene's documents in input order
            this.indexer = new OrderedParallel<>(this::index, failure -> {
                if (failure != null) throw new IllegalStateException("text index: " + failure.getMessage(), failure);
            }, 1, 64);
            loader.startBulk();
            this.sink = loader.stream();
        }

        private RuntimeException index(List<Quad> quads) {
            try {
                quads.forEach(text::add);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        }

        /** Passes {@code quads} to the loader, and those with indexed text to the text index. */
        private void load(List<Quad> quads) {
            List<Quad> indexed = new ArrayList<>();
            for (Quad q : quads) {
                sink.quad(q);
                if (TextIndexBuilder.indexes(q)) indexed.add(q);
            }
            if (!indexed.isEmpty()) indexer.submit(indexed);
        }

        /** Queues one article for extraction, mapping, validation and loading. */
        public void add(Article article) {
            checkOpen();
            workers.submit(() -> prepare(article));
        }

        /** Records a problem met while reading; an error counts as one rejected record. */
        public void problem(Problem p) {
            workers.drain();
            problems.add(p);
            if (p.severity() == Problem.Severity.ERROR) rejected++;
        }

        /**
         * Reads an N-Quads file (gzipped when its name ends in {@code .gz}) of article graphs, each graph's quads
         * together, as {@code extract --format nquads} and the Spark job write them. Quads outside an article
         * graph are reported, not loaded; a syntax error ends the file there (the graph being read is dropped).
         */
        public void addQuads(Path file) {
            checkOpen();
            String source = file.toString().replace('\\', '/');
            ArticleGroups groups = new ArticleGroups(source);
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                 InputStream in = source.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(groups);
                groups.flush();
            } catch (RiotException e) {
                problem(new Problem(Problem.Severity.ERROR, source, "not valid N-Quads, the rest of the file is skipped"
                        + (groups.current == null ? "" : " (with the graph " + groups.current.getURI() + ")") + ": "
                        + firstLine(String.valueOf(e.getMessage()))));
            } catch (IOException | UncheckedIOException e) {
                problem(new Problem(Problem.Severity.ERROR, source, "cannot read: " + firstLine(String.valueOf(e.getMessage()))));
            }
        }

        /** Collects consecutive quads of one graph into an article graph and queues it for its SHACL check. */
        private final class ArticleGroups extends StreamRDFBase {
            private final String source;
            private Node current;
            private Graph graph;
            private final Set<String> outside = new HashSet<>();

            ArticleGroups(String source) { this.source = source; }

            @Override
            public void triple(Triple t) {
                quad(Quad.create(Quad.defaultGraphIRI, t));
            }

            @Override
            public void quad(Quad q) {
                Node g = q.getGraph();
                if (!g.equals(current)) {
                    flush();
                    if (!g.isURI() || !g.getURI().startsWith(articleGraphs)) {
                        String name = Quad.isDefaultGraph(g) ? "the default graph" : g.toString();
                        if (outside.add(name))
                            problem(new Problem(Problem.Severity.ERROR, source, ("quads in %s, which is not an article "
                                    + "graph (%s…): not loaded; ingest --bulk loads article graphs, as extract "
                                    + "--format nquads writes them").formatted(name, articleGraphs)));
                        return;
                    }
                    current = g;
                    graph = GraphFactory.createDefaultGraph();
                }
                graph.add(q.asTriple());
            }

            void flush() {
                if (current == null) return;
                Node name = current;
                Graph g = graph;
                current = null;
                graph = null;
                String where = source + " (" + name.getURI() + ")";
                workers.submit(() -> check(where, name, g));
            }
        }

        private void collect(Checked c) {
            done++;
            if (c.problem() != null) {
                problems.add(c.problem());
                rejected++;
            } else if (!seen.add(c.graphName().getURI())) {
                problems.add(new Problem(Problem.Severity.ERROR, c.graphName().getURI(), "the same article graph comes "
                        + "again in the input; ingest --bulk loads it once, as first met (plain ingest replaces it)"));
                rejected++;
            } else {
                loadGraph(c.graphName(), c.graph());
                tallies.add(c.graph(), 1);
                added++;
            }
            if (done % 1000 == 0) progress.accept(done);
        }

        /**
         * Waits for the articles in flight, loads the ontology, the lexicon and the summary graph, ends the bulk
         * load, and opens the store once to build its text index.
         */
        public IngestReport finish() {
            checkOpen();
            try {
                workers.drain();
                phase("read, check and load the article graphs");
                loadGraph(iris.ontologyGraph(), BundledTurtle.ontology());
                loadGraph(iris.lexiconGraph(), Ingester.rebased(lexicon, iris));
                DatasetGraph summary = DatasetGraphFactory.create();
                new SummaryGraph(iris).write(summary, tallies);
                List<Quad> summaryQuads = new ArrayList<>();
                summary.find().forEachRemaining(summaryQuads::add);
                load(summaryQuads);
                phase("ontology, lexicon and summary graph");
                loader.finishBulk();
                phase("loader: finish the indexes");
                indexer.close();
                text.finish();
                phase("text index: the rest after the loader");
            } catch (RuntimeException e) {
                try {
                    loader.finishException(e);
                } finally {
                    indexer.abandon();
                    text.close();
                }
                throw e;
            } finally {
                finished = true;
                workers.close();
                TDBInternal.expel(tdb);
            }
            progress.accept(done);
            try (KnowledgeStore store = KnowledgeStore.open(dir)) {
                // opening finds the text index current (it rebuilds it from the data when not)
                Objects.requireNonNull(store);
            }
            phase("open the store");
            return new IngestReport(added, 0, 0, rejected, problems);
        }

        private void phase(String name) {
            long now = System.nanoTime();
            phases.add(new Phase(name, Duration.ofNanos(now - phaseStart)));
            phaseStart = now;
        }

        /** The phases of the load so far, in order, with their wall-clock times. */
        public List<Phase> phases() { return List.copyOf(phases); }

        /** CPU time spent in the SHACL checks so far, summed over the worker threads. */
        public Duration checkCpu() { return Duration.ofNanos(checkCpuNanos.sum()); }

        private void loadGraph(Node name, Graph g) {
            List<Quad> quads = new ArrayList<>(g.size());
            g.find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
            load(quads);
        }

        private void checkOpen() {
            if (finished) throw new IllegalStateException("bulk load already finished");
        }

        /** Stops the workers; without {@link #finish()}, the load is abandoned and the store left unusable. */
        @Override
        public void close() {
            if (finished) return;
            finished = true;
            workers.abandon();
            indexer.abandon();
            try {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            } finally {
                try {
                    text.close();
                } finally {
                    TDBInternal.expel(tdb);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
