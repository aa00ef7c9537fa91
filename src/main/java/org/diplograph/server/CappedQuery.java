package org.diplograph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** The SPARQL query operation with a row cap: a query without LIMIT, or with a larger one, gets LIMIT {@code maxRows}. */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQuery(long maxRows) {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows))
            query.setLimit(maxRows);
        return super.createQueryExec(action, query, dsg);
    }
}
