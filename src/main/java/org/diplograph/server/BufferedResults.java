package org.diplograph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Runs a SELECT (or JSON) query to its end before the response starts, so a timeout is a 503 and never a 200 with
 * a cut body.
 *
 * <p>Results are held in memory up to a budget of characters (the lengths of IRIs, literals and blank node labels);
 * the row cap bounds them too. A larger result is sent as it is computed, and if the query is cancelled after the
 * response has begun, the connection is closed without ending the response (no final chunk): every HTTP client
 * then reports an incomplete body ("EOF reached while reading", curl's "transfer closed with outstanding read data
 * remaining") instead of a 200 with a well-formed prefix.
 */
final class BufferedResults {
    private BufferedResults() {}

    /** {@code result} with its rows read up to {@code budgetChars}; other kinds of result are returned as they are. */
    static QueryExecResult buffer(QueryExecResult result, long budgetChars, HttpServletRequest request) {
        if (result.isRowSet()) return new QueryExecResult(rows(result.rowSet(), budgetChars, request));
        if (result.isJson()) return new QueryExecResult(items(result.jsonItems(), budgetChars, request));
        return result;
    }

    private static RowSet rows(RowSet rows, long budgetChars, HttpServletRequest request) {
        List<Var> vars = rows.getResultVars();
        List<Binding> head = new ArrayList<>();
        long chars = 0;
        while (chars <= budgetChars) {   // checked before asking for the next row, which may take long
            if (!rows.hasNext()) return RowSetStream.create(vars, head.iterator());
            Binding b = rows.next();
            head.add(b);
            chars += size(b);
        }
        return RowSetStream.create(vars, new AbortOnCancel<>(head.iterator(), rows, request));
    }

    private static Iterator<JsonObject> items(Iterator<JsonObject> items, long budgetChars, HttpServletRequest request) {
        List<JsonObject> head = new ArrayList<>();
        long chars = 0;
        while (chars <= budgetChars) {
            if (!items.hasNext()) return head.iterator();
            JsonObject o = items.next();
            head.add(o);
            chars += o.toString().length();
        }
        return new AbortOnCancel<>(head.iterator(), items, request);
    }

    /** Characters held by the terms of a row: a measure of its memory, not an exact one. */
    static long size(Binding b) {
        long n = 0;
        for (Iterator<Var> vars = b.vars(); vars.hasNext(); ) {
            Node node = b.get(vars.next());
            if (node == null) continue;
            if (node.isLiteral()) n += node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length();
            else if (node.isURI()) n += node.getURI().length();
            else n += 16;
        }
        return n;
    }

    /** The buffered head, then the rest as computed; a cancellation in the rest aborts the HTTP exchange. */
    private static final class AbortOnCancel<T> implements Iterator<T> {
        private final Iterator<T> head;
        private final Iterator<T> rest;
        private final HttpServletRequest request;

        AbortOnCancel(Iterator<T> head, Iterator<T> rest, HttpServletRequest request) {
            this.head = head;
            this.rest = rest;
            this.request = request;
        }

        @Override
        public boolean hasNext() {
            if (head.hasNext()) return true;
            try {
                return rest.hasNext();
            } catch (QueryCancelledException e) {
                throw abort(e);
            }
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            if (head.hasNext()) return head.next();
            try {
                return rest.next();
            } catch (QueryCancelledException e) {
                throw abort(e);
            }
        }

        /** Closes the connection without completing the response, then lets the cancellation go on as before. */
        private QueryCancelledException abort(QueryCancelledException e) {
            ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
            if (jetty != null) jetty.getServletChannel().abort(e);
            return e;
        }
    }
}
