package org.diplograph.model;

import java.util.List;
import java.util.Objects;

/** Everything extracted from one article: the output of the extraction pipeline. */
public record ArticleExtraction(Article article, List<Statement> statements, List<Event> events) {
    public ArticleExtraction {
        Objects.requireNonNull(article, "article");
        statements = List.copyOf(statements);
        events = List.copyOf(events);
    }
}
