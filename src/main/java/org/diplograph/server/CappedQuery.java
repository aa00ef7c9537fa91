package org.diplograph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * The SPARQL query operation, bounded: a query without LIMIT, or with a larger one, gets LIMIT {@code maxRows};
 * regular expressions stop at the timeout ({@link CancellableRegex}); results are computed before the response
 * starts, up to a memory budget ({@link BufferedResults}); a query nested too deeply to evaluate is a 400, not a
 * 500 with a stack trace in the log.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;
    private final long bufferChars;

    CappedQuery(long maxRows, long bufferChars) {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        if (bufferChars < 0) throw new IllegalArgumentException("bufferChars must not be negative: " + bufferChars);
        this.maxRows = maxRows;
        this.bufferChars = bufferChars;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError tooDeep) {
            // Deeply nested expressions or groups recurse in the parser, the algebra and the evaluator alike.
            action.log.warn("[{}] query nested too deeply to evaluate ({} characters)", action.id, queryString.length());
            ServletOps.errorBadRequest("the query is nested too deeply to evaluate; flatten long chains of || or && "
                    + "(use IN or VALUES) and deep parentheses");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        Query bounded = CancellableRegex.rewrite(query);
        if (!bounded.isAskType() && (!bounded.hasLimit() || bounded.getLimit() > maxRows))
            bounded.setLimit(maxRows);
        return super.createQueryExec(action, bounded, dsg);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        return BufferedResults.buffer(result, bufferChars, action.getRequest());
    }
}
