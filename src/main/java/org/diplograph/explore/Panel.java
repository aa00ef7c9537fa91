package org.diplograph.explore;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * One panel's answer: the SPARQL it ran, what it read from the rows (null when it did not finish), whether it ran
 * out of time, and how long it took. A count that timed out is shown as unavailable, never as zero.
 */
record Panel<T>(String sparql, T result, boolean timedOut, long millis) {
    boolean ok() { return result != null; }

    /** Runs {@code sparql} in its own read transaction, stopping it after {@code timeoutMillis}. */
    static <T> Panel<T> run(DatasetGraph dsg, String sparql, long timeoutMillis, Function<RowSet, T> read) {
        long t0 = System.nanoTime();
        if (timeoutMillis <= 1) return new Panel<>(sparql, null, true, 0);   // its page has gone: do not start it
        // the cancellation is caught inside the transaction, so that it ends as a normal read: ended through the
        // exception path, the text-indexed dataset left the transaction open and the store could not be closed
        Optional<T> result = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                return Optional.of(read.apply(exec.select()));
            } catch (QueryCancelledException e) {
                return Optional.empty();
            }
        });
        return new Panel<>(sparql, result.orElse(null), result.isEmpty(), (System.nanoTime() - t0) / 1_000_000);
    }
}
