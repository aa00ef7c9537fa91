package org.diplograph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.diplograph.server.SparqlServer;
import org.diplograph.store.KnowledgeStore;

/**
 * Load test of the SPARQL endpoint: each example query, {@code --repeat} times from {@code --clients} concurrent
 * clients (stopping early at {@code --max-seconds} per query), then throughput and latency percentiles per query.
 * With {@code --attackers A}, A more clients send denial-of-service queries the whole time ({@link Attacks}).
 * <pre>
 *   bench/loadtest.sh                                   # demo store, in-process server on 127.0.0.1
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.LoadTest \
 *        --url http://127.0.0.1:3030/kg/sparql --clients 8 --repeat 200
 * </pre>
 * Only loopback endpoints are accepted: this is a tool for one's own machine, not for other people's servers.
 */
public final class LoadTest {
    /** Settings, all bounded. */
    record Settings(String url, Path store, Path queries, int clients, int repeat, int warmup, Duration maxPerQuery,
                    int attackers) {
        Settings {
            if (attackers < 0 || attackers > 8) throw new IllegalArgumentException("--attackers must be 0..8: " + attackers);
            if (clients < 1 || clients > 64) throw new IllegalArgumentException("--clients must be 1..64: " + clients);
            if (repeat < 1 || repeat > 100_000) throw new IllegalArgumentException("--repeat must be 1..100000: " + repeat);
            if (warmup < 0 || warmup > 1000) throw new IllegalArgumentException("--warmup must be 0..1000: " + warmup);
            if (maxPerQuery.isNegative() || maxPerQuery.isZero() || maxPerQuery.toSeconds() > 600)
                throw new IllegalArgumentException("--max-seconds must be 1..600: " + maxPerQuery.toSeconds());
            if ((url == null) == (store == null)) throw new IllegalArgumentException("give exactly one of --url or --store");
        }
    }

    /** The measurements of one query. */
    record Result(String query, int ok, int errors, double seconds, long[] latenciesNanos) {
        double throughput() { return ok / seconds; }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);   // nearest rank
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    private LoadTest() {}

    public static void main(String[] args) throws Exception {
        Settings s = parse(args);
        if (s.store() != null) {
            try (KnowledgeStore store = KnowledgeStore.open(s.store());
                 SparqlServer server = SparqlServer.builder(store).bindAddress("127.0.0.1").port(0).build().start()) {
                run(s, server.sparqlUrl(), System.out);
            }
        } else {
            checkLoopback(s.url());
            run(s, s.url(), System.out);
        }
    }

    static void run(Settings s, String endpoint, PrintStream out) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(s.queries())) {
            files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        if (files.isEmpty()) throw new IllegalArgumentException("no .rq files in " + s.queries());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        out.printf("endpoint %s, %d clients, %d runs per query (after %d warm-up runs), at most %d s per query%n%n",
                endpoint, s.clients(), s.repeat(), s.warmup(), s.maxPerQuery().toSeconds());
        Attacks attacks = s.attackers() > 0 ? Attacks.start(http, endpoint, s.attackers()) : null;
        if (attacks != null)
            out.printf("with %d attacker(s) sending, in turn, a catastrophic REGEX and an 8 MB query%n%n", s.attackers());
        out.println("| query | runs | errors | queries/s | p50 ms | p95 ms | p99 ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        List<Result> results = new ArrayList<>();
        try {
            for (Path f : files) {
                String sparql = Files.readString(f, StandardCharsets.UTF_8);
                for (int i = 0; i < s.warmup(); i++) send(http, endpoint, sparql);
                Result r = measure(f.getFileName().toString(), http, endpoint, sparql, s);
                results.add(r);
                out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", r.query(), r.ok(), r.errors(), r.throughput(),
                        r.percentileMillis(50), r.percentileMillis(95), r.percentileMillis(99));
            }
        } finally {
            if (attacks != null) attacks.stopAndPrint(out);
        }
        long failed = results.stream().mapToInt(Result::errors).sum();
        if (failed > 0) throw new IllegalStateException(failed + " requests failed");
    }

    static Result measure(String name, HttpClient http, String endpoint, String sparql, Settings s) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[s.repeat()];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + s.maxPerQuery().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(s.clients());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < s.clients(); c++)
                clients.add(pool.submit(() -> {
                    while (next.getAndIncrement() < s.repeat() && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        boolean ok = send(http, endpoint, sparql);
                        long t = System.nanoTime() - t0;
                        if (ok) latencies[done.getAndIncrement()] = t;
                        else errors.incrementAndGet();
                    }
                }));
            for (Future<?> f : clients) f.get();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, done.get(), errors.get(), seconds, Arrays.copyOf(latencies, done.get()));
    }

    /** POSTs the query, reads the whole answer; true for HTTP 200. */
    private static boolean send(HttpClient http, String endpoint, String sparql) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8)).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Attackers running beside the measured queries: each sends, in turn, a REGEX that backtracks for minutes
     * (50 a's against {@code (.*a){8}b}) and an 8 MB query; for each kind it records the statuses and latencies.
     */
    static final class Attacks {
        private static final String REGEX = "ASK { FILTER(REGEX(\"" + "a".repeat(50) + "\", \"(.*a){8}b\")) }";
        private static final String LARGE = "SELECT * { VALUES ?x { " + "\"value\" ".repeat(1_000_000) + "} }";
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private final java.util.Map<String, List<long[]>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        private final ExecutorService pool;
        private final List<Future<?>> running = new ArrayList<>();

        private Attacks(int attackers) {
            pool = Executors.newFixedThreadPool(attackers);
        }

        static Attacks start(HttpClient http, String endpoint, int attackers) {
            Attacks a = new Attacks(attackers);
            for (int i = 0; i < attackers; i++) {
                boolean regexFirst = i % 2 == 0;
                a.running.add(a.pool.submit(() -> {
                    boolean regex = regexFirst;
                    while (!a.stop.get()) {
                        a.attack(http, endpoint, regex ? "regex" : "8 MB query", regex ? REGEX : LARGE);
                        regex = !regex;
                    }
                }));
            }
            return a;
        }

        private void attack(HttpClient http, String endpoint, String kind, String sparql) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .timeout(Duration.ofSeconds(300))
                    .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8)).build();
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;   // the server closed the connection (a refused large body may end this way)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            seen.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new long[] {status, System.nanoTime() - t0});
        }

        void stopAndPrint(PrintStream out) throws Exception {
            stop.set(true);
            for (Future<?> f : running) f.get();
            pool.shutdown();
            out.println();
            out.println("| attack | requests | statuses | p50 ms | max ms |");
            out.println("|---|---:|---|---:|---:|");
            for (var e : new java.util.TreeMap<>(seen).entrySet()) {
                List<long[]> rs = List.copyOf(e.getValue());
                long[] ms = rs.stream().mapToLong(r -> r[1]).sorted().toArray();
                java.util.Map<Long, Long> statuses = new java.util.TreeMap<>();
                rs.forEach(r -> statuses.merge(r[0], 1L, Long::sum));
                out.printf("| %s | %d | %s | %.1f | %.1f |%n", e.getKey(), rs.size(), statuses,
                        ms[(ms.length - 1) / 2] / 1e6, ms[ms.length - 1] / 1e6);
            }
        }
    }

    static void checkLoopback(String url) {
        String host = URI.create(url).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress())
                throw new IllegalArgumentException("only loopback endpoints are load-tested, not " + url);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + url, e);
        }
    }

    static Settings parse(String[] args) {
        String url = null;
        Path store = null;
        Path queries = Path.of("src/main/resources/queries");
        int clients = 4, repeat = 100, warmup = 5, maxSeconds = 20, attackers = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value after " + a);
            String v = args[++i];
            switch (a) {
                case "--url" -> url = v;
                case "--store" -> store = Path.of(v);
                case "--queries" -> queries = Path.of(v);
                case "--clients" -> clients = Integer.parseInt(v);
                case "--repeat" -> repeat = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--max-seconds" -> maxSeconds = Integer.parseInt(v);
                case "--attackers" -> attackers = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a
                        + "; use --url URL | --store DIR, --queries DIR, --clients C, --repeat K, --warmup W, --max-seconds T, --attackers A");
            }
        }
        return new Settings(url, store, queries, clients, repeat, warmup, Duration.ofSeconds(maxSeconds), attackers);
    }
}
