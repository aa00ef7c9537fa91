package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapred.FileOutputFormat;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextOutputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.diplograph.io.ArticleReader;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import org.diplograph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code extract} on Spark: reads every input file (JSON Lines of news-please, WARC, header-block text, news-please
 * JSON, HTML; gzipped or not; any URI Hadoop reads), spreads the articles over {@code --partitions} tasks, extracts
 * each with the executor's one {@link Extraction} and writes, under {@code --out}:
 * <ul>
 *   <li>{@code nquads/part-NNNNN.nq.gz}: one named graph per article, the quads {@code extract --format nquads} gives;</li>
 *   <li>{@code claims/}: Parquet, one row per claim ({@link ClaimsTable#SCHEMA});</li>
 *   <li>{@code statements/part-NNNNN.jsonl.gz}: one line per article, as {@code extract --format jsonl};</li>
 *   <li>{@code bad-records/}: JSON Lines, one row per record not read or not extracted ({@link BadRecord#SCHEMA}),
 *       always written; a bad record never fails the job.</li>
 * </ul>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract statements from a corpus on Spark, one named graph per article, and write the chosen outputs"
                + " under --out: nquads/ (gzipped N-Quads, as `extract --format nquads`; load with `ingest --bulk`),"
                + " claims/ (Parquet: the columns of `export --format csv`, typed), statements/ (gzipped JSON Lines, as"
                + " `extract --format jsonl`) and always bad-records/ (JSON Lines: file, record, stage, reason).",
                "A record that cannot be read or extracted is written to bad-records/; it never fails the job."},
        footer = {"", "Examples:",
                "  spark-submit --master 'local[2]' --class org.diplograph.spark.SparkMain diplograph-spark.jar \\",
                "      extract --in corpus/news.jsonl.gz --out /tmp/out --formats nquads,parquet",
                "  spark-submit --master yarn --deploy-mode cluster --class org.diplograph.spark.SparkMain \\",
                "      diplograph-spark.jar extract --in 's3a://bucket/cc-news/2024/*.warc.gz' --out s3a://bucket/dg/2024"})
public final class ExtractJob implements Callable<Integer> {
    /** The outputs of the job besides the bad records. */
    public enum Format { nquads, parquet, statements }

    @Spec CommandSpec spec;

    @Option(names = "--in", arity = "1..*", required = true, paramLabel = "URI",
            description = "Input files, folders or globs, any URI Hadoop reads (file:, hdfs:, s3a: with its connector).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "URI", description = "Output folder; must not exist.")
    String out;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "nquads,parquet,statements",
            description = "Outputs to write, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Set<Format> formats;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks the articles are spread over (default: 4 per core of the application).")
    Integer partitions;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--max-record-bytes", paramLabel = "N", defaultValue = "" + ArticleReader.DEFAULT_MAX_RECORD_BYTES,
            description = "Largest file, JSON line or WARC record read; larger ones are bad records (default: ${DEFAULT-VALUE}).")
    long maxRecordBytes;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit, e.g. local[2] (spark-submit's --master wins).")
    String master;

    /** The counts of one run. */
    public record Counts(long articles, long badRecords, long quads, long claims) {}

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            Iris.withBase(base);
        } catch (IllegalArgumentException e) {
            throw new UserException("--base: %s; give an absolute http(s) IRI ending in '/'".formatted(e.getMessage()), e);
        }
        if (maxRecordBytes < 1) throw new UserException("--max-record-bytes: %d is not a positive number of bytes".formatted(maxRecordBytes));
        if (partitions != null && partitions < 1) throw new UserException("--partitions: %d is not a positive number".formatted(partitions));
        SparkSession.Builder b = SparkSession.builder().appName("diplograph extract");
        org.apache.spark.SparkConf given = new org.apache.spark.SparkConf();
        if (master != null && !given.contains("spark.master")) b = b.master(master);
        if (given.get("spark.master", master == null ? "" : master).startsWith("local")) {
            // in local mode the driver's JVM is the executor's: load the lexicon and the model on a second thread
            // while Spark starts and the input is read (one task), instead of in the first extraction tasks
            Thread warm = new Thread(() -> Extraction.forBase(base), "diplograph-load-extraction");
            warm.setDaemon(true);
            warm.start();
        }
        SparkSession spark;
        try {
            spark = b.getOrCreate();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("master URL"))
                throw new UserException("no Spark master: run through spark-submit, or give --master local[2]", e);
            throw e;
        }
        try {
            Counts c = run(spark);
            stdout.printf(Locale.ROOT, "extracted %d articles: %d quads, %d claims; %d bad records; output in %s%n",
                    c.articles(), c.quads(), c.claims(), c.badRecords(), out);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in {@code spark} (not stopped) and returns its counts. */
    public Counts run(SparkSession spark) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        List<String> files = listInputs(hadoop);
        org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(out);
        try {
            if (outPath.getFileSystem(hadoop).exists(outPath))
                throw new UserException("--out: %s exists; give a new folder".formatted(out));
        } catch (IOException e) {
            throw new UserException("--out: cannot check %s: %s".formatted(out, e.getMessage()), e);
        }
        int tasks = partitions != null ? partitions : 4 * jsc.defaultParallelism();
        LongAccumulator articles = jsc.sc().longAccumulator("articles");
        LongAccumulator quads = jsc.sc().longAccumulator("quads");
        LongAccumulator claims = jsc.sc().longAccumulator("claims");
        CollectionAccumulator<BadRecord> bad = jsc.sc().collectionAccumulator("bad records");
        long cap = maxRecordBytes;
        String iriBase = base;
        Set<Format> chosen = formats == null || formats.isEmpty() ? EnumSet.noneOf(Format.class) : EnumSet.copyOf(formats);

        // one task per file reads it (gzip is not splittable, WARC records are not line-aligned) ...
        JavaRDD<Item> items = jsc.binaryFiles(String.join(",", files), Math.max(1, files.size()))
                .flatMap(f -> read(f._1(), f._2(), cap).iterator());
        // ... and the articles are spread over the tasks that extract them; bad records go to an accumulator (few,
        // and written by the driver at the end), so the outcomes hold only what the outputs write
        // (one article at a time: a task streams its outcomes to the writer instead of holding them all)
        JavaRDD<Outcome> outcomes = items.repartition(tasks).flatMap(item -> {
            Outcome o = item.bad() != null ? Outcome.bad(item.bad())
                    : Extraction.forBase(iriBase).process(item.article().toArticle(), chosen);
            if (o.bad() != null) {
                bad.add(o.bad());
                return Collections.emptyIterator();
            }
            articles.add(1);
            quads.add(o.quadCount());
            claims.add(o.claims().size());
            return Collections.singletonList(o).iterator();
        });
        // one pass when one output is asked for; otherwise the outcomes are kept (serialised) for the others
        boolean several = chosen.size() > 1;
        if (several) outcomes = outcomes.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            if (chosen.contains(Format.nquads)) {
                saveGzipped(outcomes.filter(o -> o.nquads() != null && !o.nquads().isEmpty()).map(Outcome::nquads), out + "/nquads", hadoop);
                renameParts(hadoop, out + "/nquads", ".nq.gz");
            }
            if (chosen.contains(Format.parquet))
                spark.createDataFrame(outcomes.flatMap(o -> o.claims().iterator()), ClaimsTable.SCHEMA)
                        .write().parquet(out + "/claims");
            if (chosen.contains(Format.statements)) {
                saveGzipped(outcomes.filter(o -> o.statements() != null).map(Outcome::statements), out + "/statements", hadoop);
                renameParts(hadoop, out + "/statements", ".jsonl.gz");
            }
            if (chosen.isEmpty()) outcomes.count();
            // a retried task adds its bad records again: the same record, reason and stage, so keep each once
            List<BadRecord> badRecords = List.copyOf(new LinkedHashSet<>(bad.value()));
            writeBadRecords(badRecords, out + "/bad-records", hadoop);
            // counted as the extraction ran (once: later outputs read the kept outcomes; a retried task counts again)
            return new Counts(articles.value(), badRecords.size(), quads.value(), claims.value());
        } finally {
            if (several) outcomes.unpersist(false);
        }
    }

    /** The files of the inputs: folders walked recursively (hidden files skipped), globs expanded. */
    private List<String> listInputs(Configuration hadoop) {
        List<String> files = new ArrayList<>();
        for (String in : inputs) {
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus[] matched = fs.globStatus(p);
                if (matched == null || matched.length == 0)
                    throw new UserException("--in: nothing at %s (check the URI)".formatted(in));
                for (FileStatus s : matched) {
                    if (s.isFile()) {
                        files.add(s.getPath().toString());
                        continue;
                    }
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                    List<String> under = new ArrayList<>();
                    while (it.hasNext()) {
                        org.apache.hadoop.fs.Path f = it.next().getPath();
                        if (!f.getName().startsWith(".") && !f.getName().startsWith("_")) under.add(f.toString());
                    }
                    under.sort(null);
                    files.addAll(under);
                }
            } catch (IOException e) {
                throw new UserException("--in: cannot list %s: %s".formatted(in, e.getMessage()), e);
            }
        }
        if (files.isEmpty()) throw new UserException("--in: no input files");
        return files;
    }

    /**
     * The articles and bad records of one input file. The file is copied to the executor's local disk under its own
     * name (so the name picks the format, as for {@code extract}) and read there record by record.
     */
    static List<Item> read(String uri, PortableDataStream data, long maxRecordBytes) throws IOException {
        List<Item> items = new ArrayList<>();
        String name = new org.apache.hadoop.fs.Path(uri).getName();
        Path dir = Files.createTempDirectory("diplograph-in-");
        Path local = dir.resolve(name.isEmpty() ? "input" : name);
        try {
            try (InputStream in = data.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            ArticleReader reader = new ArticleReader(maxRecordBytes, InputStream::nullInputStream);
            List<Problem> problems = new ArrayList<>();
            List<ArticleReader.Input> inputs = reader.inputs(List.of(local), problems::add);
            for (ArticleReader.Input in : inputs)
                reader.read(new ArticleReader.Input(in.path(), uri, in.size()), a -> items.add(Item.of(a)), problems::add);
            for (Problem p : problems) {
                if (p.severity() != Problem.Severity.ERROR && !p.message().contains("unknown extension")) continue;
                Problem named = new Problem(p.severity(), p.source().replace(local.toString().replace('\\', '/'), uri), p.message());
                items.add(Item.bad(BadRecord.of(named, "read")));
            }
            return items;
        } finally {
            Files.deleteIfExists(local);
            Files.deleteIfExists(dir);
        }
    }

    /** The Hadoop setting of the gzip level; the job uses the fastest level unless it is set. */
    static final String ZLIB_LEVEL = "zlib.compress.level";

    /**
     * Writes {@code lines} as gzipped text files, as {@code saveAsTextFile} does, at gzip's fastest level unless
     * {@value #ZLIB_LEVEL} is set (e.g. {@code --conf spark.hadoop.zlib.compress.level=DEFAULT_COMPRESSION}): the
     * default level spent a third of the job's CPU compressing N-Quads, for files a quarter smaller.
     */
    private static void saveGzipped(JavaRDD<String> lines, String folder, Configuration hadoop) {
        JobConf conf = new JobConf(hadoop);
        if (conf.get(ZLIB_LEVEL) == null) conf.set(ZLIB_LEVEL, "BEST_SPEED");
        FileOutputFormat.setCompressOutput(conf, true);
        FileOutputFormat.setOutputCompressorClass(conf, GzipCodec.class);
        lines.mapToPair(l -> new Tuple2<>(NullWritable.get(), new Text(l)))
                .saveAsHadoopFile(folder, NullWritable.class, Text.class, TextOutputFormat.class, conf);
    }

    /**
     * Writes the bad records as one JSON Lines file ({@code part-00000.json}, the columns of {@link BadRecord#SCHEMA},
     * nulls left out as Spark's JSON writer does) and {@code _SUCCESS}, from the driver, which holds them: no Spark
     * SQL is started for a handful of rows.
     */
    private static void writeBadRecords(List<BadRecord> records, String folder, Configuration hadoop) {
        ObjectMapper json = new ObjectMapper();
        try {
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
            FileSystem fs = dir.getFileSystem(hadoop);
            try (Writer w = new OutputStreamWriter(fs.create(new org.apache.hadoop.fs.Path(dir, "part-00000.json"), false),
                    StandardCharsets.UTF_8)) {
                for (BadRecord r : records) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("file", r.file());
                    if (r.record() != null) row.put("record", r.record());
                    row.put("stage", r.stage());
                    row.put("reason", r.reason());
                    w.write(json.writeValueAsString(row));
                    w.write('\n');
                }
            }
            fs.create(new org.apache.hadoop.fs.Path(dir, "_SUCCESS"), false).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bad records to " + folder, e);
        }
    }

    /** Renames {@code part-NNNNN.gz} to {@code part-NNNNN<ext>} so readers know the format by name. */
    private static void renameParts(Configuration hadoop, String folder, String ext) {
        try {
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
            FileSystem fs = dir.getFileSystem(hadoop);
            for (FileStatus s : fs.listStatus(dir)) {
                String n = s.getPath().getName();
                if (n.startsWith("part-") && n.endsWith(".gz"))
                    fs.rename(s.getPath(), new org.apache.hadoop.fs.Path(dir, n.substring(0, n.length() - 3) + ext));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the parts of " + folder, e);
        }
    }

}
