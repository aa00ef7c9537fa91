package org.diplograph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.RuleExtractor;
import org.diplograph.gazetteer.LexiconLoader;
import org.diplograph.model.Article;

/**
 * Extraction time of one article that is a single giant sentence against the same text in short sentences (issue 12,
 * item 5): the clauses are the same, only the full stops become commas. Prints the time of each and their ratio for
 * growing sizes; extraction that stays linear in the text keeps the ratio near 1 whatever the size.
 * <pre>
 *   java -cp target/diplograph.jar:target/test-classes org.diplograph.bench.LongSentenceBench 2000 4000 8000
 * </pre>
 */
public final class LongSentenceBench {
    /** Clauses written for this benchmark, Arabic and English; each is a reported claim. */
    private static final String[] CLAUSES = {
            "Lavrov said Russia supports normalisation between Turkey and Syria",
            "قال وزير الخارجية المصري إن بلاده ترفض أي تدخل عسكري في ليبيا",
            "Peskov said Moscow rejects the sanctions imposed by the United States",
            "أكدت المتحدثة باسم الخارجية الروسية أن موسكو ترحب باستئناف المحادثات بين تركيا وسوريا",
            "The talks also covered trade, refugees and energy"};

    private LongSentenceBench() {}

    public static void main(String[] args) {
        Extractor x = RuleExtractor.create(LexiconLoader.bundled());
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) sizes.add(Integer.parseInt(a));
        if (sizes.isEmpty()) sizes = List.of(1000, 2000, 4000);
        time(x, article(500, "."));  // warm-up
        time(x, article(500, ","));
        for (int n : sizes) {
            Article shortSentences = article(n, ".");
            Article oneSentence = article(n, ",");
            double s = time(x, shortSentences);
            double g = time(x, oneSentence);
            System.out.printf("BENCH long-sentence clauses=%d kb=%.0f short_s=%.3f one_sentence_s=%.3f ratio=%.2f%n", n,
                    oneSentence.body().getBytes(StandardCharsets.UTF_8).length / 1e3, s, g, g / s);
        }
    }

    /** {@code n} clauses, each ended by {@code stop} ("." gives short sentences, "," one sentence). */
    static Article article(int n, String stop) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) body.append(' ');
            body.append(CLAUSES[i % CLAUSES.length]).append(i == n - 1 ? "." : stop);
        }
        return new Article("bench-" + n + stop, "bench", null, null, null, null, body.toString());
    }

    /** The best of three runs, in seconds. */
    private static double time(Extractor x, Article a) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            x.extract(a);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
