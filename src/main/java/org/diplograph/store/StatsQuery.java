package org.diplograph.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The fixed SPARQL query behind {@link KnowledgeStore#stats()}; it runs over the union graph. */
final class StatsQuery {
    private StatsQuery() {}

    static final Query QUERY = QueryFactory.create("""
            PREFIX schema: <http://schema.org/>
            PREFIX dg:     <https://w3id.org/diplograph/ontology#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            SELECT ?articles ?statements ?claims ?agents WHERE {
              { SELECT (COUNT(DISTINCT ?article) AS ?articles) { ?article a schema:NewsArticle } }
              { SELECT (COUNT(DISTINCT ?statement) AS ?statements) { ?statement a dg:Statement } }
              { SELECT (COUNT(DISTINCT ?claim) AS ?claims) { ?claim a dg:Claim } }
              { SELECT (COUNT(DISTINCT ?agent) AS ?agents) {
                  { [] prov:wasAttributedTo ?agent } UNION { [] dg:participant ?agent } } }
            }
            """);
}
