package org.diplograph.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Span;
import org.diplograph.model.Statement;

/**
 * How much of a corpus's reported speech ends in statements: every reporting cue, whether a statement was made from
 * it, counts per cue, and the most frequent shapes of the contexts of cues that gave none — shapes, not texts, so
 * that a report over copyrighted news quotes none of it. Add articles from any number of threads.
 * <pre>
 *   Coverage c = new Coverage();
 *   c.add(extraction, extractor.cueOccurrences(article));
 *   Map&lt;String, Object&gt; report = c.report(40);
 * </pre>
 */
public final class Coverage {
    private long articles, statements, cues, covered;
    private final Map<String, long[]> byCue = new TreeMap<>();
    private final Map<String, Long> uncoveredShapes = new TreeMap<>();

    /** Adds one article: its extraction and its cue occurrences. */
    public synchronized void add(ArticleExtraction x, List<CueOccurrence> occurrences) {
        articles++;
        statements += x.statements().size();
        Set<Span> used = new HashSet<>();
        for (Statement st : x.statements()) if (st.cueSpan() != null) used.add(st.cueSpan());
        for (CueOccurrence o : occurrences) {
            cues++;
            long[] c = byCue.computeIfAbsent(o.cueId(), k -> new long[2]);
            c[0]++;
            if (used.contains(o.cueSpan())) {
                covered++;
                c[1]++;
            } else {
                uncoveredShapes.merge(o.form().toLowerCase(java.util.Locale.ROOT) + ": " + o.shape(), 1L, Long::sum);
            }
        }
    }

    public synchronized long articles() { return articles; }

    public synchronized long cues() { return cues; }

    public synchronized long covered() { return covered; }

    public synchronized long statements() { return statements; }

    /** The report: totals, per cue (occurrences, with a statement), and the {@code top} most frequent uncovered shapes. */
    public synchronized Map<String, Object> report(int top) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("articles", articles);
        r.put("statements", statements);
        r.put("statements_per_article", articles == 0 ? 0 : Math.round(1000.0 * statements / articles) / 1000.0);
        r.put("cues", cues);
        r.put("cues_with_statement", covered);
        r.put("share_with_statement", cues == 0 ? 0 : Math.round(1000.0 * covered / cues) / 1000.0);
        Map<String, Object> per = new LinkedHashMap<>();
        byCue.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                .forEach(e -> {
                    Map<String, Long> c = new LinkedHashMap<>();
                    c.put("occurrences", e.getValue()[0]);
                    c.put("with_statement", e.getValue()[1]);
                    per.put(e.getKey(), c);
                });
        r.put("by_cue", per);
        Map<String, Long> shapes = new LinkedHashMap<>();
        uncoveredShapes.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(top)
                .forEach(e -> shapes.put(e.getKey(), e.getValue()));
        r.put("uncovered_shapes", shapes);
        return r;
    }
}
