package org.diplograph.ingest;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for long runs: articles done, articles per second and, when the input size is known,
 * the share of bytes read and an ETA. On a terminal the line is redrawn in place ({@code \r}) at most twice a
 * second; otherwise (forced with {@code --progress}) one line every 5 seconds. {@link #off()} prints nothing.
 * <pre>
 *   Progress p = Progress.forTerminal(err, reader::bytesRead, ArticleReader.totalBytes(inputs));
 *   p.update(done);   // often; prints only when due
 *   p.finish(done);
 * </pre>
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean inPlace;
    private final long intervalNanos;
    private final LongSupplier bytesRead;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private boolean printed;

    private Progress(PrintWriter err, boolean inPlace, long intervalNanos, LongSupplier bytesRead, long totalBytes) {
        this.err = err;
        this.inPlace = inPlace;
        this.intervalNanos = intervalNanos;
        this.bytesRead = bytesRead;
        this.totalBytes = totalBytes;
    }

    /** Prints nothing. */
    public static Progress off() {
        return new Progress(null, false, Long.MAX_VALUE, () -> 0, -1);
    }

    /** Redraws one line in place, for a terminal. @param totalBytes the input size, or -1 when unknown */
    public static Progress forTerminal(PrintWriter err, LongSupplier bytesRead, long totalBytes) {
        return new Progress(Objects.requireNonNull(err, "err"), true, 500_000_000L, bytesRead, totalBytes);
    }

    /** One line every {@code seconds}, for logs. @param totalBytes the input size, or -1 when unknown */
    public static Progress forLog(PrintWriter err, LongSupplier bytesRead, long totalBytes, double seconds) {
        return new Progress(Objects.requireNonNull(err, "err"), false, (long) (seconds * 1e9), bytesRead, totalBytes);
    }

    /** Reports {@code done} articles if a line is due. */
    public void update(long done) {
        if (err == null) return;
        long now = System.nanoTime();
        if (now - lastPrint < intervalNanos) return;
        lastPrint = now;
        print(done, now);
    }

    /** Prints the last line (and ends an in-place line), when anything was printed before. */
    public void finish(long done) {
        if (err == null || !printed) return;
        print(done, System.nanoTime());
        if (inPlace) err.println();
        err.flush();
    }

    private void print(long done, long now) {
        printed = true;
        String line = line(done, (now - start) / 1e9, bytesRead.getAsLong(), totalBytes);
        if (inPlace) err.print("\r" + line + "   ");
        else err.println(line);
        err.flush();
    }

    /** The progress text: {@code "1200 articles, 240/s, 31% read, ETA 0:11"}. */
    static String line(long done, double seconds, long bytes, long total) {
        StringBuilder b = new StringBuilder().append(done).append(" articles");
        if (seconds > 0) b.append(", ").append(Math.round(done / seconds)).append("/s");
        if (total > 0 && bytes > 0) {
            double share = Math.min(1.0, (double) bytes / total);
            b.append(", ").append(Math.round(share * 100)).append("% read");
            if (share > 0.01 && share < 1.0) b.append(", ETA ").append(clock(Math.round(seconds / share - seconds)));
        }
        return b.toString();
    }

    private static String clock(long s) {
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }
}
