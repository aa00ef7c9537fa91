package org.diplograph.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.ResultFormat;

/**
 * Latency p50/p95 of the example queries ({@code src/main/resources/queries/*.rq}) on a store, results written
 * as CSV to nowhere: 2 warm-up runs, then {@code RUNS} timed runs each.
 * <pre>
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.QueryBench kg src/main/resources/queries 20
 * </pre>
 */
public final class QueryBench {
    private QueryBench() {}

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Path> files;
        try (var s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            var stats = ks.stats();
            System.out.printf("store: %d statements, %d claims, %d articles, %d quads%n", stats.statements(), stats.claims(),
                    stats.articles(), stats.triples());
            for (Path f : files) {
                Query q = QueryFactory.create(Files.readString(f));
                for (int i = 0; i < 2; i++) ks.query(q, Map.of(), ResultFormat.CSV, OutputStream.nullOutputStream());
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    ks.query(q, Map.of(), ResultFormat.CSV, OutputStream.nullOutputStream());
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
                double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("BENCH query=%s p50_ms=%.1f p95_ms=%.1f%n", f.getFileName(),
                        pct(sorted, 0.50), pct(sorted, 0.95));
            }
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

}
