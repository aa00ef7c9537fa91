package org.diplograph.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Tallies;

/**
 * Everything one explorer view shows, read from the store: the size of the set, the counts of each facet, claims
 * per month and stance, who speaks about whom, the newest claims, and the names of the speakers shown. Each part is
 * a {@link Panel} with the query behind it.
 */
record ExploreData(Panel<Long> total, Map<Facet, Panel<List<Count>>> facets, Panel<Map<String, long[]>> months,
                   Panel<List<Edge>> matrix, Panel<List<ClaimRow>> claims, Map<Node, Labels.Name> speakerNames,
                   Panel<Long> textHits) {

    /**
     * Whether the text search reached its cap of {@link ExploreQueries#TEXT_HITS} evidence passages: the set is then
     * the claims of the best-matching passages only, and its counts are lower bounds ("at least").
     */
    boolean textCut() {
        return textHits != null && textHits.ok() && textHits.result() >= ExploreQueries.TEXT_HITS;
    }

    /** A facet value and its claims; {@code value} is the facet's term. */
    record Count(Node value, long claims) {}

    /** Claims by speakers of {@code stateCode} that name {@code about} as a participant. */
    record Edge(String stateCode, Node about, long claims) {}

    /** A row of the claim list (see {@link ExploreQueries#claims}). */
    record ClaimRow(String date, Node claim, Node statement, Node speaker, String speakerAr, String speakerEn,
                    String stateCode, Node relation, Node stance, Node act, String participants, String evidence,
                    long evidenceStart, String sentence, long sentenceStart, String sentenceLang, Node article,
                    String headline, String headlineLang, String url) {}

    /** Stances in the order the chart stacks them. */
    static final List<String> STANCES = List.of("positive", "neutral", "negative");

    /**
     * Reads every panel of {@code state}'s view, the independent ones in parallel on {@code pool}, all within
     * {@code budgetMillis} of the call: a panel still running then is stopped and shown as unavailable.
     */
    static ExploreData read(DatasetGraph dsg, Iris iris, ExploreState state, long budgetMillis, ExecutorService pool) {
        return read(dsg, iris, state, budgetMillis, pool, hasTallies(dsg, iris));
    }

    /** As {@link #read(DatasetGraph, Iris, ExploreState, long, ExecutorService)}, reading tallies only when {@code tallies}. */
    static ExploreData read(DatasetGraph dsg, Iris iris, ExploreState state, long budgetMillis, ExecutorService pool, boolean tallies) {
        long deadline = System.nanoTime() + budgetMillis * 1_000_000;
        LongSupplier left = () -> Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        ExploreQueries q = new ExploreQueries(iris, state, tallies);
        Panel.Running running = new Panel.Running();   // stopped when the page answers: nothing runs on past it
        try {
            return read(dsg, iris, state, budgetMillis, pool, q, deadline, left, running);
        } finally {
            running.stopAll();
        }
    }

    private static ExploreData read(DatasetGraph dsg, Iris iris, ExploreState state, long budgetMillis, ExecutorService pool,
                                    ExploreQueries q, long deadline, LongSupplier left, Panel.Running running) {
        // a view the tallies count as empty (stance=negative&relation=normalisation) has nothing to show: its facets,
        // timeline and list would each scan the claims of one of its values to find none (a second at 1 M statements)
        if (q.totalFromTally()) {
            Panel<Long> total = Panel.run(dsg, q.total(), left.getAsLong(), ExploreData::single, running);
            if (total.ok() && total.result() == 0) return empty(q, total);
        }
        String hitsQuery = q.textHits();
        CompletableFuture<Panel<Long>> hits = hitsQuery == null ? null
                : async(pool, () -> Panel.run(dsg, hitsQuery, left.getAsLong(), ExploreData::single, running));
        CompletableFuture<Panel<Long>> total = async(pool, () -> Panel.run(dsg, q.total(), left.getAsLong(), ExploreData::single, running));
        Map<Facet, CompletableFuture<Panel<List<Count>>>> facetFutures = new EnumMap<>(Facet.class);
        List<Facet> cheapFirst = new ArrayList<>();   // the pool runs the tally reads (milliseconds) before the scans
        for (Facet f : Facet.values()) if (q.facetFromTally(f)) cheapFirst.add(f);
        for (Facet f : Facet.values()) if (!q.facetFromTally(f)) cheapFirst.add(f);
        CompletableFuture<Panel<Map<String, long[]>>> monthsFuture = months(dsg, q, left, pool, running);
        // who speaks about whom from the pair tallies goes before the facets that group claims, not behind them
        CompletableFuture<Panel<List<Edge>>> tallyMatrix = q.matrixFromTally()
                ? async(pool, () -> Panel.run(dsg, q.matrix(), left.getAsLong(), ExploreData::edges, running)) : null;
        for (Facet f : cheapFirst) {
            boolean code = q.facetBindsCode(f);
            facetFutures.put(f, async(pool, () -> Panel.run(dsg, q.facet(f), left.getAsLong(), rs -> {
                List<Count> out = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Node v = code ? tallyTerm(f, b.get("code")) : b.get(f.var);
                    if (v != null) out.add(new Count(v, count(b.get("claims"))));
                }
                return List.copyOf(out);
            }, running)));
        }
        CompletableFuture<Panel<List<Edge>>> matrixFuture = tallyMatrix != null ? tallyMatrix
                : async(pool, () -> Panel.run(dsg, q.matrix(), left.getAsLong(), ExploreData::edges, running));
        long t0 = deadline - budgetMillis * 1_000_000;
        LongSupplier untilDeadline = () -> Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
        Panel<Map<String, long[]>> months = byDeadline(monthsFuture, q.months(), untilDeadline, t0);
        // the list runs here, while the pool counts: it needs the month counts, which say which months hold the
        // newest claims of a big set (a text search's set is small: at most TEXT_HITS passages)
        List<String> newest = newestMonths(months, state, ExploreQueries.LIST_ROWS);
        Panel<List<ClaimRow>> claims = Panel.run(dsg, q.claims(ExploreQueries.LIST_ROWS, newest), left.getAsLong(), ExploreData::claimRows, running);
        Map<Facet, Panel<List<Count>>> facets = new EnumMap<>(Facet.class);
        facetFutures.forEach((f, fut) -> facets.put(f, byDeadline(fut, q.facet(f), untilDeadline, t0)));
        Set<Node> speakers = new LinkedHashSet<>();
        for (String v : state.values(Facet.SPEAKER)) speakers.add(Facet.SPEAKER.term(v, iris));
        Panel<List<Count>> sp = facets.get(Facet.SPEAKER);
        if (sp.ok()) sp.result().forEach(c -> speakers.add(c.value()));
        Map<Node, Labels.Name> names = new LinkedHashMap<>();
        if (!speakers.isEmpty()) {
            Panel<Map<Node, Labels.Name>> n = Panel.run(dsg, q.names(List.copyOf(speakers)), left.getAsLong(), rs -> {
                Map<Node, Labels.Name> m = new LinkedHashMap<>();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    m.put(b.get("x"), new Labels.Name(text(b.get("ar")), text(b.get("en"))));
                }
                return m;
            }, running);
            if (n.ok()) names.putAll(n.result());
        }
        return new ExploreData(byDeadline(total, q.total(), untilDeadline, t0), facets, months,
                byDeadline(matrixFuture, q.matrix(), untilDeadline, t0), claims, names,
                hits == null ? null : byDeadline(hits, hitsQuery, untilDeadline, t0));
    }

    /** Every panel of an empty view, answered without a query. */
    private static ExploreData empty(ExploreQueries q, Panel<Long> total) {
        Map<Facet, Panel<List<Count>>> facets = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) facets.put(f, new Panel<>(q.facet(f), List.of(), false, 0));
        return new ExploreData(total, facets, new Panel<>(q.months(), Map.of(), false, 0), new Panel<>(q.matrix(), List.of(), false, 0),
                new Panel<>(q.claims(ExploreQueries.LIST_ROWS, List.of()), List.of(), false, 0), Map.of(), null);
    }

    /** The number in the one row of a count query (0 when it has none). */
    private static Long single(RowSet rs) {
        if (!rs.hasNext()) return 0L;
        Binding b = rs.next();
        Node n = b.vars().hasNext() ? b.get(b.vars().next()) : null;
        return n == null ? 0L : ((Number) n.getLiteralValue()).longValue();
    }

    /** Whether the store's summary graph holds the tallies of this version ({@link Tallies#VERSION}); one read. */
    static boolean hasTallies(DatasetGraph dsg, Iris iris) {
        Node g = iris.summaryGraph();
        return Txn.calculateRead(dsg, () -> dsg.contains(g, g, DG.summaryVersion.asNode(), NodeFactory.createLiteralString(Tallies.VERSION)));
    }

    /** The rows of a who-speaks-about-whom query ({@code ?stateCode ?about ?claims}), in order. */
    static List<Edge> edges(RowSet rs) {
        List<Edge> out = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            out.add(new Edge(b.get("stateCode").getLiteralLexicalForm(), b.get("about"), count(b.get("claims"))));
        }
        return List.copyOf(out);
    }

    private static CompletableFuture<Panel<Map<String, long[]>>> months(DatasetGraph dsg, ExploreQueries q, LongSupplier left,
                                                                        ExecutorService pool, Panel.Running running) {
        return async(pool, () -> monthsPanel(dsg, q, left.getAsLong(), running));
    }

    /** Claims per month and stance of {@code q}'s view ({@link ExploreQueries#months}), month → {positive, neutral, negative}. */
    static Panel<Map<String, long[]>> monthsPanel(DatasetGraph dsg, ExploreQueries q, long timeoutMillis, Panel.Running running) {
        boolean monthTally = q.monthsFromTally();
        return Panel.run(dsg, q.months(), timeoutMillis, rs -> {
            Map<String, long[]> out = new TreeMap<>((a, b) -> monthKey(a).compareTo(monthKey(b)));
            while (rs.hasNext()) {
                Binding b = rs.next();
                String month = b.get("month").getLiteralLexicalForm();
                Node s = monthTally ? b.get("stanceCode") : b.get("stance");
                String code = s.isURI() ? s.getURI().substring(s.getURI().lastIndexOf('/') + 1) : s.getLiteralLexicalForm();
                int i = STANCES.indexOf(code);
                if (i >= 0) out.computeIfAbsent(month, m -> new long[STANCES.size()])[i] += count(b.get("claims"));
            }
            return out;
        }, running);
    }

    /**
     * The panel's answer, or, when it is not there by the deadline, an unavailable panel: the page does not wait for
     * it, and aborts its query when it answers ({@link Panel.Running#stopAll}).
     */
    private static <T> Panel<T> byDeadline(CompletableFuture<Panel<T>> f, String sparql, LongSupplier left, long t0) {
        try {
            return f.get(left.getAsLong() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Panel<>(sparql, null, true, (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Panel<>(sparql, null, true, (System.nanoTime() - t0) / 1_000_000);
        } catch (ExecutionException e) {
            throw new IllegalStateException("explorer panel failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** How long past the deadline the page waits for a panel whose query was cancelled (to pick up its answer). */
    static final long GRACE_MILLIS = 50;

    private static <T> CompletableFuture<T> async(ExecutorService pool, java.util.function.Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    /** The rows of the claim query, in order. */
    static List<ClaimRow> claimRows(RowSet rs) {
        List<ClaimRow> out = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            Node sentence = b.get("sentence");
            Node headline = b.get("headline");
            out.add(new ClaimRow(text(b.get("date")), b.get("claim"), b.get("statement"), b.get("speaker"),
                    text(b.get("speakerAr")), text(b.get("speakerEn")), text(b.get("stateCode")), b.get("relation"),
                    b.get("stance"), b.get("act"), text(b.get("participants")), text(b.get("evidence")),
                    count(b.get("evidenceStart")), text(sentence), sentence == null ? -1 : count(b.get("sentenceStart")),
                    sentence == null ? "" : sentence.getLiteralLanguage(), b.get("article"), text(headline),
                    headline == null ? "" : headline.getLiteralLanguage(), text(b.get("url"))));
        }
        return List.copyOf(out);
    }

    /** Sets of at most this many claims are listed without picking their newest months first. */
    static final long SMALL_SET = 5_000;

    /**
     * The newest months of {@code state}'s set that hold {@code rows} claims, by its month counts when they were counted
     * ({@code months} answered); empty for a text search, whose set is small (at most its passages), or without counts.
     */
    static List<String> newestMonths(Panel<Map<String, long[]>> months, ExploreState state, int rows) {
        return months != null && months.ok() && state.q() == null ? newestMonths(months.result(), rows) : List.of();
    }

    /**
     * The newest months (by the month counts of the set) that together hold at least {@code rows} claims; empty when
     * the whole set is needed anyway or is small (at most {@link #SMALL_SET} claims). "undated" sorts last, as the list does.
     */
    static List<String> newestMonths(Map<String, long[]> months, int rows) {
        long size = 0;
        for (long[] c : months.values()) for (long n : c) size += n;
        // a small set is cheaper to sort whole than to join with its months (each month holds every claim of the store)
        if (size <= SMALL_SET) return List.of();
        List<String> keys = new ArrayList<>(months.keySet());
        java.util.Collections.reverse(keys);   // newest first, "undated" (first in key order) last
        List<String> out = new ArrayList<>();
        long sum = 0;
        for (String m : keys) {
            out.add(m);
            for (long n : months.get(m)) sum += n;
            if (sum >= rows) return out.size() == keys.size() ? List.of() : out;
        }
        return List.of();
    }

    /** "undated" sorts before every month, so that reversed it comes last. */
    private static String monthKey(String m) { return m.equals("undated") ? "0000-00" : m; }

    private static Node tallyTerm(Facet f, Node code) {
        if (code == null) return null;
        return f == Facet.STATE ? code : ExploreQueries.concept(f, code.getLiteralLexicalForm());
    }

    static long count(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    static String text(Node n) {
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
