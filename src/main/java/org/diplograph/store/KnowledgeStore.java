package org.diplograph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.model.UserException;

/**
 * The knowledge graph: a TDB2 dataset of named graphs whose union is the default graph of every query.
 * <pre>
 *   try (KnowledgeStore store = KnowledgeStore.open(Path.of("kg"))) {
 *       store.replaceGraph(graphName, articleGraph);          // atomic: old or new, never half
 *       store.query("SELECT * { ?s ?p ?o } LIMIT 5", ResultFormat.CSV, System.out);
 *   }
 * </pre>
 * Every method runs in its own TDB2 transaction. Closing a store opened with {@link #open(Path)} releases
 * the folder so another process may open it.
 */
public final class KnowledgeStore implements AutoCloseable {
    private final DatasetGraph dsg;
    private final DatasetGraph tdb;   // dsg itself, or the TDB2 dataset under the text index
    private final Path directory;
    private final boolean temporary;
    private boolean closed;

    private KnowledgeStore(DatasetGraph dsg, DatasetGraph tdb, Path directory, boolean temporary) {
        this.dsg = dsg;
        this.tdb = tdb;
        this.directory = directory;
        this.temporary = temporary;
        // Queries see the union of the named graphs as their default graph (TDB2 query engine).
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating when missing) the TDB2 store in {@code dir} with its full-text index in {@code dir/text} over
     * labels, evidence text and headlines ({@link ArabicFoldingAnalyzer}); see {@link TextIndexedStore}. A store
     * without an index, or with one written by an older analyzer, gets it (re)built from its data here, so
     * {@code ingest} and {@code serve} always keep and use the index.
     *
     * @throws UserException when the folder cannot be created or another process holds the store
     */
    public static KnowledgeStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return openIndexed(dir);
    }

    /** The same as {@link #open(Path)}; kept for callers that want to say that they need {@code text:query}. */
    public static KnowledgeStore openWithTextIndex(Path dir) {
        return open(dir);
    }

    private static KnowledgeStore openIndexed(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserException("cannot create store folder %s: %s".formatted(dir, e.getMessage()), e);
        }
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            throw lockFailureOr(e, dir);
        }
        try {
            return new KnowledgeStore(TextIndexedStore.wrap(tdb, dir), tdb, dir, false);
        } catch (RuntimeException e) {
            TDBInternal.expel(tdb);
            throw lockFailureOr(e, dir);
        }
    }

    private static RuntimeException lockFailureOr(RuntimeException e, Path dir) {
        if (isLockFailure(e))
            return new UserException(("store %s is in use by another process (is `serve` running?); "
                    + "stop it or pass another --store").formatted(dir), e);
        return e;
    }

    /**
     * A fresh, empty throw-away store (for tests and one-off runs), deleted on {@link #close()}.
     *
     * <p>It is a TDB2 store in a temporary folder, not Jena's in-memory TDB2 ({@code DatabaseMgr.createDatasetGraph()}):
     * in Jena 5.6 the in-memory variant lost deletes of a write transaction when readers ran concurrently
     * (see {@code KnowledgeStoreTest.readersSeeTheOldOrTheNewGraphNeverHalf}), while TDB2 on disk did not.
     */
    public static KnowledgeStore inMemory() {
        try {
            Path dir = Files.createTempDirectory("diplograph-store-");
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            return new KnowledgeStore(tdb, tdb, dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store folder", e);
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof java.nio.channels.OverlappingFileLockException
                    || (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("lock")))
                return true;
        }
        return false;
    }

    /** The underlying dataset (with the text index, if any), for the SPARQL server. Callers must use transactions. */
    public DatasetGraph dataset() { return dsg; }

    /** Whether the store has a full-text index ({@code text:query} works). */
    public boolean hasTextIndex() { return dsg != tdb; }

    /** The store folder, or empty for a throw-away store made by {@link #inMemory()}. */
    public Optional<Path> directory() { return temporary ? Optional.empty() : Optional.of(directory); }

    /**
     * Replaces the named graph {@code graphName} with {@code content} in one write transaction: concurrent
     * readers see either the old graph or the new one. Replacing with the same content twice changes nothing.
     */
    public void replaceGraph(Node graphName, Graph content) {
        checkGraphName(graphName);
        Objects.requireNonNull(content, "content");
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(graphName);
            content.find().forEach(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** Stores an ontology or lexicon graph under {@code name}; same semantics as {@link #replaceGraph}. */
    public void putStaticGraph(Node name, Graph g) {
        replaceGraph(name, g);
    }

    /** Removes the named graph; returns whether it existed. */
    public boolean removeGraph(Node graphName) {
        checkGraphName(graphName);
        return Txn.calculateWrite(dsg, () -> {
            boolean existed = dsg.contains(graphName, Node.ANY, Node.ANY, Node.ANY);
            dsg.removeGraph(graphName);
            return existed;
        });
    }

    /** Whether a non-empty named graph {@code graphName} exists. */
    public boolean containsGraph(Node graphName) {
        checkGraphName(graphName);
        return Txn.calculateRead(dsg, () -> dsg.contains(graphName, Node.ANY, Node.ANY, Node.ANY));
    }

    /** A copy of the named graph (empty when missing). */
    public Graph graph(Node graphName) {
        checkGraphName(graphName);
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }

    /** The names of the named graphs, sorted by IRI. */
    /** The number of named graphs, counted without holding them. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.listGraphNodes()));
    }

    public List<Node> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.toString().compareTo(b.toString()));
            return List.copyOf(names);
        });
    }

    /** The number of quads in the store (all graphs). Walks the quad index. */
    public long size() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** Parses {@code sparql} and writes its results; see {@link #query(Query, Map, ResultFormat, OutputStream)}. */
    public void query(String sparql, ResultFormat format, OutputStream out) {
        query(QueryFactory.create(sparql), Map.of(), format, out);
    }

    /**
     * Runs {@code query} over the union graph, with {@code bindings} substituted for its variables, and streams
     * the results to {@code out} in {@code format}.
     *
     * @throws IllegalArgumentException when {@code format} does not fit the query form (e.g. CSV for CONSTRUCT)
     */
    public void query(Query query, Map<String, Node> bindings, ResultFormat format, OutputStream out) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        boolean graphForm = query.isConstructType() || query.isDescribeType();
        if (graphForm && !format.isGraphFormat())
            throw new IllegalArgumentException("format %s does not fit a %s query; use turtle, ntriples or jsonld"
                    .formatted(format.label(), query.isConstructType() ? "CONSTRUCT" : "DESCRIBE"));
        if (!graphForm && !format.isResultSetFormat())
            throw new IllegalArgumentException("format %s does not fit a %s query; use text, csv, tsv, json or xml"
                    .formatted(format.label(), query.isAskType() ? "ASK" : "SELECT"));
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = exec(query, bindings)) {
                if (query.isSelectType()) {
                    RowSet rows = exec.select();
                    ResultsWriter.create().lang(format.resultSetLang()).write(out, rows);
                } else if (query.isAskType()) {
                    ResultsWriter.create().lang(format.resultSetLang()).write(out, exec.ask());
                } else {
                    Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                    g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                    RDFWriter.source(g).format(format.rdfFormat()).output(out);
                }
            }
        });
        flush(out);
    }

    /** Runs an ASK query over the union graph with {@code bindings} substituted. */
    public boolean ask(Query query, Map<String, Node> bindings) {
        if (!query.isAskType()) throw new IllegalArgumentException("not an ASK query: " + query);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = exec(query, bindings)) {
                return exec.ask();
            }
        });
    }

    private QueryExec exec(Query query, Map<String, Node> bindings) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
        bindings.forEach(b::substitution);
        return b.build();
    }

    /**
     * Writes the whole store to {@code out}: N-Quads, TriG or JSON-LD keep the named graphs; Turtle and
     * N-Triples write the union graph.
     *
     * @throws IllegalArgumentException for any other language
     */
    public void export(OutputStream out, Lang lang) {
        Objects.requireNonNull(out, "out");
        RDFFormat format = exportFormat(lang);
        Txn.executeRead(dsg, () -> {
            if (format.getLang().equals(Lang.TURTLE) || format.getLang().equals(Lang.NTRIPLES))
                RDFWriter.source(dsg.getUnionGraph()).format(format).output(out);
            else
                RDFWriter.source(dsg).format(format).output(out);
        });
        flush(out);
    }

    private static RDFFormat exportFormat(Lang lang) {
        if (Lang.NQUADS.equals(lang)) return RDFFormat.NQUADS;
        if (Lang.TRIG.equals(lang)) return RDFFormat.TRIG_BLOCKS;
        if (Lang.TURTLE.equals(lang)) return RDFFormat.TURTLE_BLOCKS;
        if (Lang.NTRIPLES.equals(lang)) return RDFFormat.NTRIPLES;
        if (Lang.JSONLD.equals(lang) || Lang.JSONLD11.equals(lang)) return RDFFormat.JSONLD11;
        throw new IllegalArgumentException("cannot export as %s; use N-Quads, TriG, Turtle or JSON-LD".formatted(lang));
    }

    /** Counts articles, statements, claims, agents, quads and named graphs, all in one read transaction. */
    public Stats stats() {
        return Txn.calculateRead(dsg, () -> {
            long[] counts = new long[4];
            try (QueryExec exec = QueryExec.dataset(dsg).query(StatsQuery.QUERY).build()) {
                RowSet rows = exec.select();
                var row = rows.next();
                String[] vars = {"articles", "statements", "claims", "agents"};
                for (int i = 0; i < vars.length; i++)
                    counts[i] = ((Number) row.get(vars[i]).getLiteralValue()).longValue();
            }
            long quads = Iter.count(dsg.find());
            long graphs = Iter.count(dsg.listGraphNodes());
            return new Stats(counts[0], counts[1], counts[2], counts[3], quads, graphs);
        });
    }

    private static void checkGraphName(Node graphName) {
        Objects.requireNonNull(graphName, "graphName");
        if (!graphName.isURI() || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName))
            throw new IllegalArgumentException("not a named graph IRI: " + graphName);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the store (and, for a store on disk, its folder lock). Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (dsg != tdb) dsg.close();   // closes the Lucene index
        } finally {
            TDBInternal.expel(tdb);
            if (temporary) deleteTree(directory);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary store " + dir, e);
        }
    }

    @Override
    public String toString() {
        return temporary ? "KnowledgeStore(temporary " + directory + ")" : "KnowledgeStore(" + directory + ")";
    }

}
