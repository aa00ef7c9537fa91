package org.diplograph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Article;
import org.diplograph.rdf.CameoMapping;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Iris;
import org.diplograph.validate.GraphValidator;

/**
 * Extraction throughput on a corpus held in memory (no I/O): articles/s and MB/s of body text, on 1 thread and on
 * all cores, for extraction alone, extraction + RDF mapping, and extraction + mapping + SHACL check (what
 * {@code ingest} does per article before writing).
 * <pre>
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.ExtractBench /tmp/corpus
 * </pre>
 */
public final class ExtractBench {
    private ExtractBench() {}

    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(Path.of(args[0]), articles::add, p -> { });
        long bytes = articles.stream().mapToLong(a -> a.body().getBytes(StandardCharsets.UTF_8).length).sum();
        Extractor x = RuleExtractor.create(LexiconLoader.bundled());
        ExtractionMapper mapper = new ExtractionMapper(Iris.withBase(Iris.DEFAULT_BASE), CameoMapping.fromClasspath(),
                Clock.systemUTC(), "bench");
        GraphValidator shacl = GraphValidator.fromClasspath();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("corpus: %d articles, %.1f MB body text, %.1f KB/article%n", articles.size(), bytes / 1e6,
                bytes / 1e3 / articles.size());
        List<Step> steps = List.of(
                new Step("extract", a -> x.extract(a)),
                new Step("extract+map", a -> mapper.map(x.extract(a))),
                new Step("extract+map+shacl", a -> shacl.validate(mapper.map(x.extract(a)))));
        for (Step s : steps) {
            for (int threads : new int[] {1, cores}) {
                run(s, articles, threads); // warm-up
                double secs = run(s, articles, threads);
                System.out.printf("BENCH extract step=%s threads=%d articles_per_s=%.0f mb_per_s=%.2f%n",
                        s.name, threads, articles.size() / secs, bytes / 1e6 / secs);
            }
        }
    }

    private record Step(String name, Consumer<Article> fn) {}

    private static double run(Step s, List<Article> articles, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            long t0 = System.nanoTime();
            pool.submit(() -> articles.parallelStream().forEach(s.fn)).get();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

}
