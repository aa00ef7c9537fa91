package org.diplograph.ingest;

import java.time.Duration;
import java.util.Objects;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Statement;

/**
 * The most work one article may cost in {@code ingest}: statements, claims and time. An article over a limit is
 * rejected with the reason and the batch goes on, so one huge page cannot exhaust the heap (its graph is never
 * built) or hold a worker for long (it is dropped at the next stage). Sentence length is bounded by the sentence
 * splitter ({@code SentenceSplitter.MAX_TOKENS}), which keeps extraction linear in the text.
 * <pre>
 *   ArticleLimits limits = new ArticleLimits(1000, 2000, Duration.ofSeconds(60));
 *   String why = limits.overSize(extraction);   // null when within the limits
 * </pre>
 *
 * @param maxStatements the most statements one article may have
 * @param maxClaims     the most claims, over all its statements
 * @param maxTime       the longest its extraction, mapping and SHACL check may take together
 */
public record ArticleLimits(int maxStatements, int maxClaims, Duration maxTime) {
    /**
     * The default limits: far above real news (the most statements in 5,000 Arabic news articles is 43, the most
     * claims 27), far below what exhausts a 512 MB heap (some 70,000 statements).
     */
    public static final ArticleLimits DEFAULT = new ArticleLimits(ArticleLimits.DEFAULT_MAX_STATEMENTS,
            ArticleLimits.DEFAULT_MAX_CLAIMS, Duration.ofSeconds(ArticleLimits.DEFAULT_MAX_SECONDS));
    public static final int DEFAULT_MAX_STATEMENTS = 1000;
    public static final int DEFAULT_MAX_CLAIMS = 2000;
    public static final int DEFAULT_MAX_SECONDS = 60;

    public ArticleLimits {
        if (maxStatements < 1) throw new IllegalArgumentException("invalid statement limit: " + maxStatements);
        if (maxClaims < 1) throw new IllegalArgumentException("invalid claim limit: " + maxClaims);
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxTime.isNegative() || maxTime.isZero()) throw new IllegalArgumentException("invalid time limit: " + maxTime);
    }

    /** Why the extraction is too large to store, or null when it is within the statement and claim limits. */
    public String overSize(ArticleExtraction x) {
        int statements = x.statements().size();
        if (statements > maxStatements)
            return "%d statements, over the limit of %d per article (--max-statements)".formatted(statements, maxStatements);
        long claims = 0;
        for (Statement s : x.statements()) claims += s.claims().size();
        if (claims > maxClaims)
            return "%d claims, over the limit of %d per article (--max-claims)".formatted(claims, maxClaims);
        return null;
    }

    /** Why the article took too long by the end of {@code stage}, or null when {@code took} is within the limit. */
    public String overTime(Duration took, String stage) {
        if (took.compareTo(maxTime) <= 0) return null;
        return "%s took %.1f s, over the limit of %d s per article (--max-seconds)".formatted(stage,
                took.toMillis() / 1000.0, maxTime.toSeconds());
    }
}
