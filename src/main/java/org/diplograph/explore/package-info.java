/**
 * The claims explorer served at {@code /explore} ({@link org.diplograph.explore.Explorer}): a faceted, read-only view
 * over the claims of a {@link org.diplograph.store.KnowledgeStore} whose whole state is in the URL
 * ({@link org.diplograph.explore.ExploreState}); every panel is one SPARQL query built with
 * {@code ParameterizedSparqlString} ({@link org.diplograph.explore.ExploreQueries}), shown on the page and runnable
 * on {@code /kg/sparql}; charts are SVG drawn on the server; and the article text with its evidence highlighted
 * ({@link org.diplograph.explore.ArticleText}) for the article pages.
 */
package org.diplograph.explore;
