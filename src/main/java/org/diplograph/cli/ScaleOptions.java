package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diplograph.ingest.Progress;
import org.diplograph.ingest.ReportFile;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code extract} and {@code ingest} for large inputs: the record cap, worker threads, the
 * progress line and the {@code --report} file.
 */
public final class ScaleOptions {
    @Option(names = "--max-record-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_RECORD_BYTES,
            description = "Largest file, JSON line or WARC record read; larger ones are reported and skipped (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    Integer threads;

    @Option(names = "--progress", description = "Print progress lines on stderr even when it is not a terminal (every 5 s).")
    boolean progress;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the counts and every problem (file, record, reason) as JSON to FILE.")
    Path report;

    ArticleReader reader() {
        if (maxRecordBytes < 1) throw new UserException("--max-record-bytes: %d is not a positive number of bytes".formatted(maxRecordBytes));
        return new ArticleReader(maxRecordBytes, () -> System.in);
    }

    int threads() {
        if (threads == null) return Runtime.getRuntime().availableProcessors();
        if (threads < 1) throw new UserException("--threads: %d is not a positive number".formatted(threads));
        return threads;
    }

    /** Progress on a terminal, or every 5 s with --progress; nothing when quiet or stderr goes to a file or pipe. */
    Progress progress(PrintWriter err, boolean quiet, ArticleReader reader, List<ArticleReader.Input> inputs) {
        long total = ArticleReader.totalBytes(inputs);
        if (progress) return Progress.forLog(err, reader::bytesRead, total, 5);
        if (quiet || System.console() == null) return Progress.off();
        return Progress.forTerminal(err, reader::bytesRead, total);
    }

    void writeReport(String command, Map<String, ? extends Number> counts, List<Problem> problems) {
        if (report == null) return;
        try {
            ReportFile.write(report, command, counts, problems);
        } catch (IOException e) {
            throw new UserException("--report: cannot write %s: %s".formatted(report, e.getMessage()), e);
        }
    }
}
