package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplograph.extract.Extractor;
import org.diplograph.ingest.BulkIngest;
import org.diplograph.ingest.IngestReport;
import org.diplograph.ingest.Progress;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import org.diplograph.validate.GraphValidator;

/** {@code ingest --bulk}: articles and N-Quads files into a new store through the TDB2 bulk loader ({@link BulkIngest}). */
final class IngestBulk {
    private IngestBulk() {}

    static int run(IngestCommand c) {
        PrintWriter out = c.spec.commandLine().getOut();
        PrintWriter err = c.spec.commandLine().getErr();
        if (c.replace) throw new UserException("--replace does not go with --bulk: a bulk load fills a new store");
        List<Path> articlePaths = new ArrayList<>();
        List<Path> quadFiles = new ArrayList<>();
        for (Path p : c.paths) {
            if (BulkIngest.isNQuads(p)) {
                if (!Files.isRegularFile(p)) throw new UserException("no such file: %s (check the path)".formatted(p));
                quadFiles.add(p);
            } else {
                articlePaths.add(p);
                if (Files.isDirectory(p)) quadFiles.addAll(quadFilesUnder(p));
            }
        }
        ArticleReader reader = c.scale.reader();
        List<Problem> early = new ArrayList<>();
        List<ArticleReader.Input> inputs = articlePaths.isEmpty() ? List.of() : reader.inputs(articlePaths, early::add);
        Extractor extractor = c.extraction.extractor();
        BulkIngest bulk = new BulkIngest(extractor, c.extraction.mapper(extractor), GraphValidator.fromClasspath(),
                c.extraction.iris()).threads(c.scale.threads());
        Progress progress = c.scale.progress(err, c.quiet, reader, inputs);
        Path store = c.storeOptions.store();
        IngestReport report;
        List<BulkIngest.Phase> phases;
        Duration checkCpu;
        try (BulkIngest.Run run = bulk.start(store, c.extraction.lexiconModel().getGraph(), progress::update)) {
            early.forEach(run::problem);
            for (ArticleReader.Input in : inputs) reader.read(in, run::add, run::problem);
            for (Path f : quadFiles) run.addQuads(f);
            report = run.finish();
            phases = run.phases();
            checkCpu = run.checkCpu();
        }
        progress.finish(report.added() + report.rejected());
        report.problems().forEach(err::println);
        if (!c.quiet) {
            out.println("bulk-loaded " + report.summary());
            out.println("store %s: built by the bulk loader; text index and summary graph built".formatted(store));
            out.println("phases: " + String.join(", ", phases.stream().map(BulkIngest.Phase::toString).toList())
                    + "; SHACL checks %.1f s of CPU".formatted(checkCpu.toMillis() / 1000.0));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("added", report.added());
        counts.put("rejected", report.rejected());
        c.scale.writeReport("ingest", counts, report.problems());
        return report.rejected() > 0 ? 1 : 0;
    }

    private static List<Path> quadFilesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(BulkIngest::isNQuads)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
