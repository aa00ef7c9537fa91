package org.diplograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;

/**
 * One streaming ingest, made by {@link Ingester#start}: articles go in one at a time from the reading thread,
 * are prepared on worker threads, and are written in batches in input order. Memory holds at most the articles in
 * flight plus one batch, whatever the size of the corpus. Not thread-safe: one thread calls {@link #add}.
 */
public final class IngestRun implements AutoCloseable {
    private final Ingester ingester;
    private final LongConsumer progress;
    private final int batchSize;
    private final OrderedParallel<Article, Ingester.Prepared> workers;
    private final List<Ingester.Prepared> batch = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int added, replaced, unchanged, rejected;
    private long done;
    private boolean finished;

    IngestRun(Ingester ingester, LongConsumer progress, int threads, int batchSize) {
        this.ingester = ingester;
        this.progress = progress;
        this.batchSize = batchSize;
        // enough in flight to keep every worker busy while the submitting thread writes a batch
        this.workers = new OrderedParallel<>(ingester::prepare, this::collect, threads, Math.max(4 * threads, 32));
    }

    /** Queues one article. */
    public void add(Article article) {
        if (finished) throw new IllegalStateException("run already finished");
        workers.submit(article);
    }

    /**
     * Records a problem met while reading. An error counts as one rejected record; a warning is only reported.
     * It is listed after the problems of the articles still in flight.
     */
    public void problem(Problem p) {
        workers.drain();
        problems.add(p);
        if (p.severity() == Problem.Severity.ERROR) rejected++;
    }

    private void collect(Ingester.Prepared p) {
        if (p.problem() != null) {
            problems.add(p.problem());
            rejected++;
            done++;
            return;
        }
        batch.add(p);
        if (batch.size() >= batchSize) flush();
    }

    private void flush() {
        if (batch.isEmpty()) return;
        List<Ingester.Outcome> outcomes = ingester.store(batch);
        for (Ingester.Outcome o : outcomes) {
            switch (o) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
        }
        done += batch.size();
        batch.clear();
        progress.accept(done);
    }

    /** Waits for the articles in flight, writes the last batch and returns what the run did. */
    public IngestReport finish() {
        if (!finished) {
            workers.drain();
            flush();
            finished = true;
        }
        return new IngestReport(added, replaced, unchanged, rejected, problems);
    }

    /** Stops the workers; articles not yet {@link #finish() finished} are not written. */
    @Override
    public void close() {
        if (finished) workers.close();
        else workers.abandon();
    }
}
