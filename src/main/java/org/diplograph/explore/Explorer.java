package org.diplograph.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;

/**
 * The claims explorer at {@code /explore}: the page ({@link ExplorePage}), the current set as SPARQL results CSV at
 * {@code /explore/claims.csv} and JSON at {@code /explore/claims.json} (the result of the export query shown on the
 * page, the same bytes {@code /kg/sparql} returns for it), and its stylesheet and script under
 * {@code /explore/static/}. Read-only; every answer carries a strict Content-Security-Policy (no inline script or
 * style, nothing from another origin).
 * <pre>
 *   Explorer.register(fusekiBuilder, store, iris, Duration.ofSeconds(10), 10_000);
 * </pre>
 */
public final class Explorer extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    /**
     * How long a page may take: its panels run in parallel and any still running then is shown as unavailable, with
     * a link to the same view computed with the full query timeout ({@code full=1}).
     */
    static final Duration PAGE_BUDGET = Duration.ofMillis(900);
    private static final Map<String, String> STATIC = Map.of("explore.css", "text/css; charset=utf-8",
            "explore.js", "text/javascript; charset=utf-8");

    private final transient KnowledgeStore store;
    private final transient Iris iris;
    private final long timeoutMillis;
    /**
     * An export is a download the user asked for, not a page: it may run this many times {@code --timeout} (a
     * 10,000-row export of one state's claims takes 5–6 s at a million statements, near the default 10 s).
     */
    static final int EXPORT_TIMEOUT_FACTOR = 3;
    private final long pageBudgetMillis;
    private final int exportRows;
    private final transient ExecutorService pool;
    private transient volatile Labels labels;

    Explorer(KnowledgeStore store, Iris iris, Duration queryTimeout, long maxRows) {
        this.store = Objects.requireNonNull(store, "store");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.timeoutMillis = queryTimeout.toMillis();
        this.pageBudgetMillis = Math.min(timeoutMillis, PAGE_BUDGET.toMillis());
        this.exportRows = (int) Math.min(maxRows, 100_000);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "explorer-" + n.incrementAndGet());
            t.setDaemon(true);   // a panel's query never keeps the JVM alive
            return t;
        });
    }

    @Override
    public void destroy() {
        // panels past a page's deadline may still be running: let them end their transactions before the store closes
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.destroy();
    }

    /** Serves the explorer on {@code b} under {@code /explore}; queries stop after {@code queryTimeout}, exports hold at most {@code maxRows} claims. */
    public static void register(FusekiServer.Builder b, KnowledgeStore store, Iris iris, Duration queryTimeout, long maxRows) {
        Explorer explorer = new Explorer(store, iris, queryTimeout, maxRows);
        b.addServlet("/explore", explorer);
        b.addServlet("/explore/*", explorer);
    }

    private Labels labels() {
        Labels l = labels;
        if (l == null) labels = l = Labels.read(store.dataset());
        return l;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (req.getServletPath().equals("/explore") && path.isEmpty() || path.equals("/")) {
            page(req, resp);
        } else if (path.equals("/claims.csv") || path.equals("/claims.json")) {
            export(req, resp, path.endsWith(".csv"));
        } else if (path.startsWith("/static/") && STATIC.containsKey(path.substring("/static/".length()))) {
            resource(resp, path.substring("/static/".length()));
        } else {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "no such page: " + req.getRequestURI() + "; the explorer is at /explore");
        }
    }

    private ExploreState state(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            ExploreState s = ExploreState.parse(req.getParameterMap());
            // check every value now, so a bad one is a 400 and not a failure halfway through the page
            s.selected().forEach((f, vs) -> vs.forEach(v -> f.term(v, iris)));
            return s;
        } catch (IllegalArgumentException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage() + "; start again from /explore");
            return null;
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ExploreState s = state(req, resp);
        if (s == null) return;
        boolean full = "1".equals(req.getParameter("full"));
        ExploreData data = ExploreData.read(store.dataset(), iris, s, full ? timeoutMillis : pageBudgetMillis, pool);
        String html = new ExplorePage(iris, labels(), s, data, exportQuery(s, data.months())).render();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    /**
     * The export query of {@code s}: the set's claims, newest first, at most the export row cap. With the set's
     * claims per month ({@code months}, when counted), a big set is read from its newest months only, those that
     * hold the rows the export needs, as the page's list is: sorting every claim of a state by date took 4 of the 8 s
     * a 10,000-row export of 141,000 claims needed at a million statements.
     */
    String exportQuery(ExploreState s, Panel<java.util.Map<String, long[]>> months) {
        return new ExploreQueries(iris, s).claims(exportRows, ExploreData.newestMonths(months, s, exportRows));
    }

    /** The export query of {@code s}, its month counts read first (from the tallies where they cover the view). */
    String exportQuery(ExploreState s) {
        Panel<java.util.Map<String, long[]>> months = s.q() == null
                ? ExploreData.monthsPanel(store.dataset(), new ExploreQueries(iris, s), timeoutMillis, new Panel.Running()) : null;
        return exportQuery(s, months);
    }

    /**
     * Writes the export query's rows as the query yields them, in one read transaction: nothing holds all rows. The
     * query has {@link #EXPORT_TIMEOUT_FACTOR} times {@code --timeout} in all and at most the export row cap ({@code --max-rows}) of rows; when it runs
     * out of time before its first row the answer is a 503, after it the response is cut off (the client sees an
     * incomplete transfer, never a short file that looks whole).
     */
    private void export(HttpServletRequest req, HttpServletResponse resp, boolean csv) throws IOException {
        ExploreState s = state(req, resp);
        if (s == null) return;
        String sparql = exportQuery(s);
        DatasetGraph dsg = store.dataset();
        // ended through an exception, the text-indexed dataset's transaction stays open (see Panel.run): every
        // outcome is a value of the transaction, and the cut-off is thrown after it
        String outcome = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).timeout(EXPORT_TIMEOUT_FACTOR * timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                RowSet rows = exec.select();
                try {
                    rows.hasNext();   // the query's sort runs here: its time-out is still a clean 503
                } catch (QueryCancelledException e) {
                    return "timeout";
                }
                resp.setStatus(HttpServletResponse.SC_OK);
                resp.setContentType(csv ? "text/csv; charset=utf-8" : "application/sparql-results+json; charset=utf-8");
                resp.setHeader("Content-Disposition", "attachment; filename=\"claims." + (csv ? "csv" : "json") + "\"");
                try {
                    OutputStream out = resp.getOutputStream();
                    ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(rows), csv ? ResultSetLang.RS_CSV : ResultSetLang.RS_JSON);
                    out.close();
                    return "done";
                } catch (QueryCancelledException e) {
                    return "cut";
                } catch (IOException | RuntimeException e) {
                    return "failed: " + e.getMessage();   // the client went away, or the rows could not be written
                }
            }
        });
        if (outcome.equals("timeout")) text(resp, 503, "the export query timed out; narrow the view (facets, months, words) and try again");
        else if (outcome.equals("cut")) throw new IOException("the export ran out of --timeout after its first rows; the response is cut off");
        else if (!outcome.equals("done")) throw new IOException("the export stopped: " + outcome.substring("failed: ".length()));
    }

    private void resource(HttpServletResponse resp, String name) throws IOException {
        try (InputStream in = Explorer.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                text(resp, HttpServletResponse.SC_NOT_FOUND, "missing from the jar: " + name);
                return;
            }
            byte[] bytes = in.readAllBytes();
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(STATIC.get(name));
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setContentLength(bytes.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
