package org.diplograph.store;

/**
 * Counts that describe a store.
 *
 * @param articles    resources typed {@code schema:NewsArticle}
 * @param statements  resources typed {@code dg:Statement}
 * @param claims      resources typed {@code dg:Claim}
 * @param agents      distinct objects of {@code prov:wasAttributedTo} and {@code dg:participant}
 * @param triples     quads in all graphs
 * @param graphs      named graphs
 */
public record Stats(long articles, long statements, long claims, long agents, long triples, long graphs) {
    public Stats {
        if (articles < 0 || statements < 0 || claims < 0 || agents < 0 || triples < 0 || graphs < 0)
            throw new IllegalArgumentException("negative count in stats: %d %d %d %d %d %d"
                    .formatted(articles, statements, claims, agents, triples, graphs));
    }
}
