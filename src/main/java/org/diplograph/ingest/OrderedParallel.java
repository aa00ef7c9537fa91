package org.diplograph.ingest;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on worker threads and hands the results to one consumer, in input order, on the thread that submits.
 * At most {@code window} items are in flight: when the window is full, {@link #submit} first waits for the oldest
 * result and passes it on, so a fast reader never runs ahead of the workers (back-pressure, bounded memory).
 * <pre>
 *   try (OrderedParallel&lt;Article, Result&gt; p = new OrderedParallel&lt;&gt;(this::extract, out::write, 2, 16)) {
 *       articles.forEach(p::submit);
 *   }   // close() drains: every result has been written, in order
 * </pre>
 * Not thread-safe: one thread submits. {@code fn} must not throw (turn failures into results).
 */
public final class OrderedParallel<T, R> implements AutoCloseable {
    private final Function<T, R> fn;
    private final Consumer<R> sink;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();

    /**
     * @param threads worker threads (1 runs {@code fn} on one worker, still overlapping with the submitter)
     * @param window  the most items submitted but not yet passed to {@code sink}
     */
    public OrderedParallel(Function<T, R> fn, Consumer<R> sink, int threads, int window) {
        if (threads < 1) throw new IllegalArgumentException("invalid thread count: " + threads);
        if (window < threads) throw new IllegalArgumentException("window %d is smaller than the thread count %d".formatted(window, threads));
        this.fn = Objects.requireNonNull(fn, "fn");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.window = window;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplograph-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code item}; first passes on the oldest result when the window is full. */
    public void submit(T item) {
        while (inFlight.size() >= window) drainOne();
        inFlight.add(pool.submit(() -> fn.apply(item)));
    }

    /** Passes on every result still in flight, in order. */
    public void drain() {
        while (!inFlight.isEmpty()) drainOne();
    }

    private void drainOne() {
        Future<R> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** Drops the items in flight without passing them on, and stops the workers. */
    public void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        pool.shutdownNow();
    }

    /** Drains, then stops the workers. */
    @Override
    public void close() {
        try {
            drain();
        } finally {
            pool.shutdownNow();
        }
    }
}
