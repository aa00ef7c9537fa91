package org.diplograph.explore;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    /**
     * The queries of one page still running, so that the page can stop them when it answers: {@link #stopAll} aborts
     * each ({@link QueryExec#abort}, which sets the execution's cancel signal; TDB2 checks it on every index entry it
     * reads), and no panel of the page starts after it.
     */
    static final class Running {
        private final Set<QueryExec> execs = ConcurrentHashMap.newKeySet();
        private volatile boolean stopped;

        /** Aborts every query of the page still running; panels not yet started will not start. */
        void stopAll() {
            stopped = true;
            for (QueryExec e : execs) e.abort();
        }

        boolean stopped() { return stopped; }

        /** How many of the page's queries are running now. */
        int size() { return execs.size(); }

        private void add(QueryExec e) {
            execs.add(e);
            if (stopped) e.abort();   // stopped between the check and the registration
        }

        private void remove(QueryExec e) { execs.remove(e); }
    }

    /** Runs {@code sparql} in its own read transaction, stopping it after {@code timeoutMillis}. */
    static <T> Panel<T> run(DatasetGraph dsg, String sparql, long timeoutMillis, Function<RowSet, T> read) {
        return run(dsg, sparql, timeoutMillis, read, new Running());
    }

    /**
     * Runs {@code sparql} in its own read transaction, stopping it after {@code timeoutMillis} or when
     * {@code running} is stopped, whichever comes first.
     */
    static <T> Panel<T> run(DatasetGraph dsg, String sparql, long timeoutMillis, Function<RowSet, T> read, Running running) {
        long t0 = System.nanoTime();
        // its page has gone: do not start it
        if (timeoutMillis <= 1 || running.stopped()) return new Panel<>(sparql, null, true, 0);
        // the cancellation is caught inside the transaction, so that it ends as a normal read: ended through the
        // exception path, the text-indexed dataset left the transaction open and the store could not be closed
        Optional<T> result = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(sparql).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                running.add(exec);
                try {
                    return Optional.of(read.apply(exec.select()));
                } finally {
                    running.remove(exec);
                }
            } catch (QueryCancelledException e) {
                return Optional.empty();
            }
        });
        return new Panel<>(sparql, result.orElse(null), result.isEmpty(), (System.nanoTime() - t0) / 1_000_000);
    }
}
