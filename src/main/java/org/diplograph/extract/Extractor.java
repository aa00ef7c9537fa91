package org.diplograph.extract;

import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;

/**
 * Turns one article into statements. Implementations are pure functions of (article, lexicon): no I/O, no
 * shared mutable state, safe to call from many threads at once.
 * <pre>
 *   Extractor x = RuleExtractor.create(LexiconLoader.bundled());
 *   ArticleExtraction out = x.extract(article);
 * </pre>
 */
public interface Extractor {
    /** A short name for logs and provenance, e.g. {@code rules}. */
    String name();

    /** The version recorded in provenance; changes whenever output for the same input may change. */
    String version();

    ArticleExtraction extract(Article article);
}
