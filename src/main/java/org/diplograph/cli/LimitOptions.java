package org.diplograph.cli;

import java.time.Duration;
import org.diplograph.ingest.ArticleLimits;
import org.diplograph.model.UserException;
import picocli.CommandLine.Option;

/** The per-article limits of {@code ingest}: an article over one is rejected with the reason, and the batch goes on. */
public final class LimitOptions {
    @Option(names = "--max-statements", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_STATEMENTS,
            description = "Most statements one article may have; one with more is rejected (default: ${DEFAULT-VALUE}).")
    int maxStatements;

    @Option(names = "--max-claims", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MAX_CLAIMS,
            description = "Most claims one article may have; one with more is rejected (default: ${DEFAULT-VALUE}).")
    int maxClaims;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "" + ArticleLimits.DEFAULT_MAX_SECONDS,
            description = "Longest one article's extraction, mapping and SHACL check may take; a slower one is rejected"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    ArticleLimits limits() {
        try {
            return new ArticleLimits(maxStatements, maxClaims, Duration.ofSeconds(maxSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserException("--max-statements, --max-claims, --max-seconds: %s; give positive numbers"
                    .formatted(e.getMessage()), e);
        }
    }
}
