package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.diplograph.bench.CorpusGenerator;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.ingest.StoreSpace;
import org.diplograph.store.KnowledgeStore;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ingest --bulk} of N-Quads (from {@code extract --format nquads}) and of articles gives a store that
 * conforms and answers every example query as the store plain {@code ingest} builds from the same articles;
 * bad graphs are reported, not loaded; a store with data is refused; {@code compact} frees what many small
 * transactions left behind.
 */
class BulkIngestIT {
    private static final Path QUERIES = Path.of("src/main/resources/queries");

    @TempDir static Path tmp;
    static Path articles, plain, fromQuads, fromArticles, quads;

    @BeforeAll
    static void buildTheStores() throws IOException {
        articles = CliRuns.demoArticles(tmp);
        CorpusGenerator.write(articles.resolve("generated"), 8, 4);
        plain = tmp.resolve("kg-plain");
        Run r = run("ingest", "--quiet", "--store", plain.toString(), articles.toString());
        assertThat(r.code()).as(r.err()).isZero();

        Run x = run("extract", "--format", "nquads", "--quiet", articles.toString());
        assertThat(x.code()).as(x.err()).isZero();
        quads = tmp.resolve("corpus.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(quads))) {
            out.write(x.out().getBytes(StandardCharsets.UTF_8));
        }
        fromQuads = tmp.resolve("kg-bulk-nq");
        Run b = run("ingest", "--bulk", "--store", fromQuads.toString(), quads.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.out()).contains("10 added", "0 rejected");

        fromArticles = tmp.resolve("kg-bulk-articles");
        Run c = run("ingest", "--bulk", "--quiet", "--store", fromArticles.toString(), articles.toString());
        assertThat(c.code()).as(c.err()).isZero();
    }

    @Test
    void bulkLoadedStoresConformToTheShapes() {
        for (Path store : List.of(fromQuads, fromArticles)) {
            Run v = run("validate", "--store", store.toString());
            assertThat(v.code()).as(v.out() + v.err()).isZero();
            assertThat(v.out()).contains("conforms");
        }
    }

    @Test
    void bulkLoadedStoresHoldWhatPlainIngestStores() {
        String expected = statsOf(plain);
        assertThat(expected).contains("articles    10");
        assertThat(statsOf(fromQuads)).isEqualTo(expected);
        assertThat(statsOf(fromArticles)).isEqualTo(expected);
    }

    static Stream<Path> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void textIndexWrittenDuringTheLoadHoldsWhatARebuildFromTheDataHolds() throws IOException {
        Set<String> written = textDocuments(fromQuads.resolve("text"));
        assertThat(written).hasSizeGreaterThan(10);
        Path copy = tmp.resolve("kg-bulk-reindexed");
        try (Stream<Path> files = Files.walk(fromQuads)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(fromQuads.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else if (!f.startsWith(fromQuads.resolve("text")) && !f.getFileName().toString().equals("tdb.lock"))
                    Files.copy(f, to);
            }
        }
        Files.createDirectories(copy.resolve("text"));   // empty: the store rebuilds its index when opened
        try (KnowledgeStore store = KnowledgeStore.open(copy)) {
            assertThat(store.hasTextIndex()).isTrue();
        }
        assertThat(written).isEqualTo(textDocuments(copy.resolve("text")));
    }

    /** Every live document of a Lucene index: its id, subject, graph, language and text. */
    private static Set<String> textDocuments(Path dir) throws IOException {
        Set<String> docs = new HashSet<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
            Bits live = MultiBits.getLiveDocs(r);
            StoredFields fields = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = fields.document(i);
                docs.add(String.join("|", d.get("uid"), d.get("uri"), d.get("graph"), String.valueOf(d.get("lang")),
                        String.join("/", d.getValues("text"))));
            }
        }
        return docs;
    }

    @ParameterizedTest
    @MethodSource("queries")
    void exampleQueryAnswersAsAfterPlainIngest(Path query) {
        List<String> expected = rows(plain, query);
        // fewer rows than the query's LIMIT, so that rows tied on the sort key cannot make the two answers differ
        assertThat(expected.size() - 1).as("rows of %s on the plain store", query).isBetween(1, limit(query) - 1);
        assertThat(rows(fromQuads, query)).as("%s after ingest --bulk of N-Quads", query).isEqualTo(expected);
        assertThat(rows(fromArticles, query)).as("%s after ingest --bulk of articles", query).isEqualTo(expected);
    }

    @Test
    void badGraphsAreReportedAndTheRestIsLoaded() throws IOException {
        // the first article graph of the extract output, then graphs bulk ingest must not load
        List<String> lines = new ArrayList<>();
        String first = null;
        for (String line : new String(new java.util.zip.GZIPInputStream(Files.newInputStream(quads)).readAllBytes(),
                StandardCharsets.UTF_8).split("\n")) {
            String graph = line.substring(line.lastIndexOf(" <") + 1);
            if (first == null) first = graph;
            if (graph.equals(first)) lines.add(line);
        }
        String g = first.substring(1, first.indexOf('>'));
        String dg = "<https://w3id.org/diplograph/ontology#";
        Path bad = tmp.resolve("bad.nq");
        List<String> all = new ArrayList<>(lines);
        all.add("<http://example.org/s> <http://example.org/p> \"in the default graph\" .");
        all.add("<http://example.org/s> <http://example.org/p> \"elsewhere\" <http://example.org/g> .");
        // a statement with nothing the shapes require
        all.add("<" + g + "x/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> " + dg + "Statement> <" + g + "x> .");
        all.addAll(lines);   // the same article graph again
        Files.write(bad, all, StandardCharsets.UTF_8);
        Path broken = tmp.resolve("broken.nq");
        Files.writeString(broken, "<http://example.org/s> <http://example.org/p> \"no end\n", StandardCharsets.UTF_8);

        Path store = tmp.resolve("kg-bad");
        Run r = run("ingest", "--bulk", "--store", store.toString(), bad.toString(), broken.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 added", "5 rejected");
        assertThat(r.err()).contains("the default graph", "http://example.org/g", "not an article graph")
                .contains("fails SHACL validation", "comes again in the input", "broken.nq", "not valid N-Quads");
        Run v = run("validate", "--store", store.toString());
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(statsOf(store)).contains("articles    1");
    }

    @Test
    void aStoreWithDataIsRefused() {
        Run r = run("ingest", "--bulk", "--store", plain.toString(), quads.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("new store only", "without --bulk");
    }

    @Test
    void compactFreesWhatManySmallTransactionsLeftAndKeepsTheAnswers() {
        Path store = tmp.resolve("kg-churn");
        for (int i = 0; i < 6; i++) {
            Run r = run("ingest", "--quiet", "--replace", "--batch", "1", "--store", store.toString(), articles.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        StoreSpace.Usage churned = measure(store);
        StoreSpace.Usage loaded = measure(fromArticles);
        assertThat(loaded.grownPastData()).as("bulk-loaded: %s", loaded).isFalse();
        assertThat(churned.grownPastData()).as("after 60 one-article transactions: %s", churned).isTrue();
        List<String> before = rows(store, QUERIES.resolve("claims-by-speaker.rq"));
        long diskBefore = StoreSpace.diskBytes(store);

        Run c = run("compact", "--store", store.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("compacted store");
        StoreSpace.Usage compacted = measure(store);
        assertThat(compacted.grownPastData()).as("compacted: %s", compacted).isFalse();
        assertThat(compacted.allocatedBytes()).isLessThan(churned.allocatedBytes() / 2);
        assertThat(StoreSpace.diskBytes(store)).isLessThan(diskBefore);
        try (Stream<Path> data = Files.list(store)) {
            assertThat(data.filter(p -> p.getFileName().toString().startsWith("Data-")).count()).isEqualTo(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(rows(store, QUERIES.resolve("claims-by-speaker.rq"))).isEqualTo(before);
        assertThat(run("validate", "--store", store.toString()).code()).isZero();
    }

    /** The smallest LIMIT of a query, outside comments (Integer.MAX_VALUE without one). */
    private static int limit(Path query) {
        int min = Integer.MAX_VALUE;
        for (String line : CliRuns.read(query).lines().toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*LIMIT\\s+(\\d+)").matcher(line);
            if (m.find()) min = Math.min(min, Integer.parseInt(m.group(1)));
        }
        return min;
    }

    private static StoreSpace.Usage measure(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return StoreSpace.measure(s, 0);
        }
    }

    private static String statsOf(Path store) {
        Run s = run("stats", "--store", store.toString());
        assertThat(s.code()).as(s.err()).isZero();
        return s.out();
    }

    /** The CSV rows of a query, sorted (rows with equal sort keys may come in any order). */
    private static List<String> rows(Path store, Path query) {
        Run q = run("query", "--store", store.toString(), "--format", "csv", "--file", query.toString());
        assertThat(q.code()).as(q.err()).isZero();
        return q.out().lines().sorted().toList();
    }
}
