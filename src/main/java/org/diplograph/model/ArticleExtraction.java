package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: the output of the extraction pipeline.
 *
 * @param statements the statements kept
 * @param events     events reported as facts
 * @param candidates every candidate speaker weighed, kept or not (for explanations; may be empty)
 */
public record ArticleExtraction(Article article, List<Statement> statements, List<Event> events,
                                List<Candidate> candidates) {
    public ArticleExtraction {
        Objects.requireNonNull(article, "article");
        statements = List.copyOf(statements);
        events = List.copyOf(events);
        candidates = List.copyOf(candidates);
    }

    public ArticleExtraction(Article article, List<Statement> statements, List<Event> events) {
        this(article, statements, events, List.of());
    }
}
