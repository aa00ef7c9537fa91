package org.diplograph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.server.SparqlServer;
import org.diplograph.store.KnowledgeStore;

/**
 * Latency p50/p95 of explorer requests ({@code /explore} views and a CSV download) over HTTP on a store served by
 * {@code serve}'s server on 127.0.0.1: 2 warm-up requests, then {@code RUNS} timed ones per view, one at a time.
 * The speaker and state of the narrowed views are the first ones the unfiltered page lists. Also counts the panels
 * that ran out of time (shown as "unavailable", never as zero) on each timed request: their median and maximum.
 * <pre>
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.ExploreBench kg 20
 * </pre>
 */
public final class ExploreBench {
    private ExploreBench() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        HttpClient http = HttpClient.newHttpClient();
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            var stats = ks.stats();   // before the server sets its query timeout on the store
            System.out.printf("store: %d statements, %d claims, %d articles, %d quads%n", stats.statements(), stats.claims(),
                    stats.articles(), stats.triples());
            try (SparqlServer server = SparqlServer.builder(ks).port(0).build().start()) {
                run(http, server, runs);
            }
        }
    }

    private static void run(HttpClient http, SparqlServer server, int runs) throws Exception {
        {
            String base = server.baseUrl();
            String first = get(http, base + "explore?full=1");   // the values to narrow by, however long it takes
            String speaker = firstValue(first, "speaker");
            String state = firstValue(first, "state");
            Map<String, String> views = new LinkedHashMap<>();
            views.put("everything (tallies)", "explore");
            views.put("stance=negative&relation=normalisation", "explore?stance=negative&relation=normalisation");
            views.put("state=" + state, "explore?state=" + enc(state));
            views.put("speaker (most claims)", "explore?speaker=" + enc(speaker));
            views.put("q=تطبيع", "explore?q=" + enc("تطبيع"));
            views.put("q=والتطبيع&state=" + state, "explore?q=" + enc("والتطبيع") + "&state=" + enc(state));
            views.put("q=normalisation&lang=en", "explore?q=normalisation&lang=en");
            views.put("ui=ar, months 2024-01..2024-06", "explore?ui=ar&from=2024-01&to=2024-06");
            views.put("claims.csv?state=" + state + " (export)", "explore/claims.csv?state=" + enc(state));
            views.put("page/state/" + state + " (entity page)", "page/state/" + state);
            views.put("page/" + speaker + " (entity page)", "page/" + speaker);
            List<Double> everything = new ArrayList<>();
            for (Map.Entry<String, String> v : views.entrySet()) {
                int failed = 0;   // a 503 or a cut-off export is a result too, not the end of the run
                for (int i = 0; i < 2; i++) {
                    try { get(http, base + v.getValue()); } catch (Exception e) { failed++; }
                }
                List<Double> ms = new ArrayList<>();
                List<Integer> timedOut = new ArrayList<>();   // per timed request: it varies from one request to the next
                String body = "";
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    try {
                        body = get(http, base + v.getValue());
                    } catch (Exception e) {
                        failed++;
                        System.out.printf("BENCH explore view=\"%s\" failed: %s%n", v.getKey(), e.getMessage());
                        continue;
                    }
                    ms.add((System.nanoTime() - t0) / 1e6);
                    Matcher m = Pattern.compile("<small>\\([^<]*(?:timed out|انتهت المهلة|time budget)\\)</small>").matcher(body);   // English and Arabic pages
                    int n = 0;
                    while (m.find()) n++;
                    timedOut.add(n);
                }
                if (ms.isEmpty()) {
                    System.out.printf("BENCH explore view=\"%s\" all %d requests failed%n", v.getKey(), failed);
                    continue;
                }
                java.util.Collections.sort(timedOut);
                Matcher total = Pattern.compile("id=\"(?:entity-)?total\" data-count=\"(-?\\d+)\"").matcher(body);
                String claims = total.find() ? total.group(1) : String.valueOf(body.split("\r\n").length - 1) + " rows";
                everything.addAll(ms);
                double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("BENCH explore view=\"%s\" claims=%s p50_ms=%.1f p95_ms=%.1f panels_timed_out_median=%d panels_timed_out_max=%d failed=%d%n",
                        v.getKey(), claims, pct(sorted, 0.50), pct(sorted, 0.95), timedOut.get(timedOut.size() / 2), timedOut.get(timedOut.size() - 1), failed);
            }
            double[] sorted = everything.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("BENCH explore all-requests n=%d p50_ms=%.1f p95_ms=%.1f%n", sorted.length, pct(sorted, 0.50), pct(sorted, 0.95));
        }
    }

    private static String firstValue(String html, String param) {
        Matcher m = Pattern.compile("<section class=\"facet\" id=\"facet-" + param + "\"(?:(?!</section>).)*?data-value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(html);
        if (!m.find()) throw new IllegalStateException("the unfiltered page lists no " + param);
        return m.group(1).replace("&amp;", "&");
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static double pct(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
}
