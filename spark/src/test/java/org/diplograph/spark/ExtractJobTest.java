package org.diplograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.diplograph.cli.Cli;
import org.diplograph.format.ClaimsCsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode on a small corpus written here (JSON Lines plain and gzipped, a header-block text
 * file, a gzipped WARC, and bad records among them): the same quads as {@code extract --format nquads}, bad records
 * in bad-records/ while the job succeeds, the claims Parquet with its documented schema, statements as JSON Lines.
 */
class ExtractJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The extraction's start time is the one value two runs never share. */
    private static final String STARTED = "<http://www.w3.org/ns/prov#startedAtTime>";

    @TempDir static Path tmp;
    static SparkSession spark;
    static Path in, out;
    static ExtractJob.Counts counts;

    @BeforeAll
    static void runTheJob() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("ExtractJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.warehouse.dir", tmp.resolve("warehouse").toString())
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("news.jsonl"), String.join("\n",
                line("https://example.org/news/1", "2024-05-02", "ar", "روسيا وتركيا",
                        "قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو تدعم تطبيع العلاقات بين تركيا وسوريا."),
                "{\"title\": \"broken",
                line("https://example.org/news/2", "2024-05-03", "en", "Kremlin on talks",
                        "Kremlin spokesman Dmitry Peskov said that Russia welcomes the talks between Turkey and Syria."),
                line("https://example.org/news/empty", "2024-05-03", "en", "Nothing", ""),
                line("https://example.org/news/3", "2024-05-04", "ar", "إدانة",
                        "أدانت وزارة الخارجية التركية بشدة الهجوم على غزة، وقال الوزير إن أنقرة ترفض التصعيد.")) + "\n",
                StandardCharsets.UTF_8);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("more.jsonl.gz")))) {
            gz.write((line("https://example.org/news/4", "2024-06-01", "en", "Ceasefire",
                    "French Foreign Minister Jean-Noel Barrot said France supports a ceasefire between Israel and Lebanon.")
                    + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("story.txt"), """
                title: Cairo and Ankara
                date: 2024-07-01
                language: en
                ---
                Egyptian Foreign Minister Badr Abdelatty said that Egypt wants closer relations with Turkey.
                """, StandardCharsets.UTF_8);
        Files.write(in.resolve("pages.warc.gz"), gzip(warcResponse("https://example.org/page/1", """
                <html><head><title>Talks</title><meta property="article:published_time" content="2024-08-01"></head>
                <body><article><p>The Qatari foreign ministry said that Qatar supports the talks between Egypt and Israel.</p>
                </article></body></html>""")));
        Files.write(in.resolve("broken.jsonl.gz"), "not gzip at all".getBytes(StandardCharsets.UTF_8));
        out = tmp.resolve("out");
        ExtractJob job = new ExtractJob();
        new picocli.CommandLine(job).parseArgs("--in", in.toUri().toString(), "--out", out.toUri().toString(),
                "--formats", "nquads,parquet,statements", "--partitions", "3");
        counts = job.run(spark);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void theJobGivesTheQuadsOfExtractAsASet() {
        StringWriter expected = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(expected), new PrintWriter(err))
                .execute("extract", "--format", "nquads", "--quiet", in.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);   // the bad records make extract exit 1 as well
        Set<String> fromExtract = quads(expected.toString());
        Set<String> fromSpark = quads(readParts(out.resolve("nquads"), ".nq.gz"));
        assertThat(fromExtract).hasSizeGreaterThan(100);
        assertThat(fromSpark).isEqualTo(fromExtract);
        assertThat(counts.quads()).isEqualTo(fromSpark.size());
        assertThat(graphs(fromSpark)).hasSize(6);
    }

    @Test
    void badRecordsLandInTheBadRecordsTableAndTheJobSucceeds() throws IOException {
        assertThat(counts.articles()).isEqualTo(6);
        assertThat(counts.badRecords()).isEqualTo(3);
        List<Map<String, Object>> rows;
        try (Stream<Path> files = Files.list(out.resolve("bad-records"))) {
            rows = files.filter(p -> p.getFileName().toString().endsWith(".json")).flatMap(p -> lines(p).stream())
                    .map(l -> read(l)).toList();
        }
        assertThat(rows).hasSize(3);
        assertThat(rows).anySatisfy(r -> {
            assertThat((String) r.get("file")).endsWith("news.jsonl");
            assertThat(r.get("record")).isEqualTo("L2");
            assertThat(r.get("stage")).isEqualTo("read");
            assertThat((String) r.get("reason")).contains("not valid JSON");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("record")).isEqualTo("L4");
            assertThat((String) r.get("reason")).contains("empty body");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat((String) r.get("file")).endsWith("broken.jsonl.gz");
            assertThat((String) r.get("reason")).contains("gzip");
        });
        Dataset<Row> bad = spark.read().schema(BadRecord.SCHEMA).json(out.resolve("bad-records").toString());
        assertThat(bad.count()).isEqualTo(3);
    }

    @Test
    void theClaimsParquetHasTheDocumentedSchema() {
        Dataset<Row> claims = spark.read().parquet(out.resolve("claims").toString());
        StructType schema = claims.schema();
        assertThat(schema.fieldNames()).containsExactlyElementsOf(ClaimsCsv.COLUMNS);
        assertThat(schema.apply("date").dataType()).isEqualTo(DataTypes.DateType);
        // Parquet keeps the array, not the non-null elements the job declares
        assertThat(schema.apply("participants").dataType()).isInstanceOfSatisfying(ArrayType.class,
                a -> assertThat(a.elementType()).isEqualTo(DataTypes.StringType));
        assertThat(schema.apply("evidence_start").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(schema.apply("speaker").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(claims.count()).isEqualTo(counts.claims()).isGreaterThan(3);
        List<Row> rows = claims.where("relation = 'normalisation'").collectAsList();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.<java.sql.Date>getAs("date").toString()).isEqualTo("2024-05-02");
            assertThat(r.<scala.collection.Seq<String>>getAs("participants").mkString(" ")).isEqualTo("SYR TUR");
            assertThat(r.<String>getAs("speaker_country")).isEqualTo("RUS");
            assertThat(r.<String>getAs("evidence")).contains("تطبيع العلاقات");
        });
    }

    @Test
    void statementsAreTheLinesOfExtractJsonl() {
        List<String> lines = readParts(out.resolve("statements"), ".jsonl.gz").lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(l -> assertThat(read(l)).containsKeys("id", "statements"));
    }

    @Test
    void helpDescribesTheCommand() {
        StringWriter o = new StringWriter();
        int code = SparkMain.commandLine(new PrintWriter(o), new PrintWriter(new StringWriter())).execute("extract", "--help");
        assertThat(code).isZero();
        assertThat(o.toString()).contains("--in", "--out", "--formats", "--partitions", "--master", "bad-records", "parquet");
    }

    private static String line(String url, String date, String lang, String title, String body) {
        try {
            return JSON.writeValueAsString(Map.of("url", url, "date_publish", date + " 10:00:00", "language", lang,
                    "title", title, "maintext", body, "source_domain", "example.org"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] warcResponse(String target, String html) {
        int len = html.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + len + "\r\n\r\n" + html;
        byte[] block = http.getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(block)
                + ">\r\nWARC-Date: 2024-08-01T10:11:12Z\r\nWARC-Target-URI: " + target
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(block);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b)) {
            gz.write(bytes);
        }
        return b.toByteArray();
    }

    /** The quads of N-Quads text as canonical lines, the extraction start time blanked out. */
    private static Set<String> quads(String nquads) {
        Set<String> set = new HashSet<>();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                String s = org.apache.jena.riot.out.NodeFmtLib.strNQ(q);
                set.add(s.contains(STARTED) ? s.substring(0, s.indexOf(STARTED)) + STARTED : s);
            }
        });
        return set;
    }

    private static Set<String> graphs(Set<String> quads) {
        return quads.stream().filter(q -> !q.endsWith(STARTED)).map(q -> q.substring(q.lastIndexOf(" <") + 1))
                .collect(Collectors.toSet());
    }

    private static String readParts(Path dir, String ext) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(ext)).sorted().toList()) {
                try (InputStream gz = new GZIPInputStream(Files.newInputStream(p))) {
                    sb.append(new String(gz.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
