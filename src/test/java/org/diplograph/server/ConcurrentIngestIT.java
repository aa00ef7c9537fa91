package org.diplograph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries over HTTP while the same process re-ingests articles into the store the server is serving: no request
 * fails, and every response shows each article graph whole, in its old or its new version, never half of it.
 */
@Tag("issue-5")
class ConcurrentIngestIT {
    private static final int ARTICLES = 4;
    private static final int READERS = 6;
    private static final int WRITES = 16;   // each article: new, old, new, old (a write commits in ~0.1-0.6 s here)
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static final String STATEMENTS_PER_GRAPH = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            SELECT ?g (COUNT(?s) AS ?n) { GRAPH ?g { ?s a dg:Statement } } GROUP BY ?g""";
    /** "جديد" is only in the new versions' evidence, written with a proclitic (وبالجديد) the analyzer strips. */
    private static final String NEW_EVIDENCE_PER_GRAPH = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?g (COUNT(?s) AS ?n) { GRAPH ?g { (?s ?score) text:query ('جديد' 'lang:ar') } } GROUP BY ?g""";

    @TempDir Path tmp;

    /** Article {@code i} has {@code 2 + i} statements in its old version and {@code 10 + i} in its new one. */
    private static int oldSize(int i) { return 2 + i; }

    private static int newSize(int i) { return 10 + i; }

    private static Graph version(int article, boolean newer) {
        int n = newer ? newSize(article) : oldSize(article);
        StringBuilder ttl = new StringBuilder("""
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                BASE <https://w3id.org/diplograph/id/>
                """);
        for (int s = 1; s <= n; s++)
            ttl.append("<statement/a%1$d/%2$d> a dg:Statement ; dg:evidence <statement/a%1$d/%2$d#evidence> .\n"
                    .formatted(article, s))
               .append("<statement/a%1$d/%2$d#evidence> oa:exact \"%3$s\"@ar .\n"
                    .formatted(article, s, newer ? "قال إن الاتفاق وبالجديد" : "قال إن الاتفاق القديم"));
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph();
    }

    @Test
    void readersSeeEachArticleGraphOldOrNewNeverHalfWhileItIsReIngested() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"))) {
            for (int i = 0; i < ARTICLES; i++) store.replaceGraph(TinyGraphs.articleGraph("a" + i), version(i, false));
            try (SparqlServer server = SparqlServer.builder(store).port(0).build().start()) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                AtomicBoolean writing = new AtomicBoolean(true);
                List<String> errors = new CopyOnWriteArrayList<>();
                Map<String, Set<Integer>> seen = new ConcurrentHashMap<>();
                AtomicInteger responses = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    boolean text = r % 4 == 3;   // a quarter of the clients use the full-text index
                    readers.add(pool.submit(() -> {
                        while (writing.get()) {
                            String query = text ? NEW_EVIDENCE_PER_GRAPH : STATEMENTS_PER_GRAPH;
                            try {
                                HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(
                                                server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                        .header("Accept", "text/csv").timeout(Duration.ofSeconds(30)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (resp.statusCode() != 200) {
                                    errors.add("HTTP " + resp.statusCode() + ": " + resp.body());
                                    continue;
                                }
                                responses.incrementAndGet();
                                Map<String, Integer> counts = counts(resp.body());
                                for (int i = 0; i < ARTICLES; i++) {
                                    String g = TinyGraphs.articleGraph("a" + i).getURI();
                                    int n = counts.getOrDefault(g, 0);
                                    Set<Integer> allowed = text ? Set.of(0, newSize(i)) : Set.of(oldSize(i), newSize(i));
                                    if (!allowed.contains(n))
                                        errors.add("%s: %s saw %d statements, expected one of %s"
                                                .formatted(text ? "text" : "count", g, n, allowed));
                                    seen.computeIfAbsent((text ? "text " : "") + g, k -> ConcurrentHashMap.newKeySet()).add(n);
                                }
                            } catch (Exception e) {
                                errors.add(e.toString());
                            }
                        }
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        long deadline = System.nanoTime() + BUDGET.toNanos();
                        for (int w = 0; w < WRITES && System.nanoTime() < deadline; w++) {
                            int i = w % ARTICLES;
                            store.replaceGraph(TinyGraphs.articleGraph("a" + i), version(i, (w / ARTICLES) % 2 == 0));
                            Thread.sleep(15);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        writing.set(false);
                    }
                    return null;
                });
                writer.get(BUDGET.toSeconds() + 30, TimeUnit.SECONDS);
                for (Future<?> f : readers) f.get(60, TimeUnit.SECONDS);
                pool.shutdown();

                assertThat(errors).isEmpty();
                assertThat(responses.get()).as("responses while writing").isGreaterThan(READERS * 5);
                for (int i = 0; i < ARTICLES; i++)
                    assertThat(seen.get(TinyGraphs.articleGraph("a" + i).getURI()))
                            .as("readers saw both versions of article %d", i).containsExactlyInAnyOrder(oldSize(i), newSize(i));
            }
        }
    }

    /** CSV rows {@code g,n} (header first) to a map. */
    private static Map<String, Integer> counts(String csv) {
        Map<String, Integer> out = new HashMap<>();
        csv.lines().skip(1).forEach(line -> {
            int comma = line.lastIndexOf(',');
            out.put(line.substring(0, comma), Integer.parseInt(line.substring(comma + 1).strip()));
        });
        return out;
    }
}
