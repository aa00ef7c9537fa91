package org.diplograph.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus-scale inputs: gzip, WARC, standard input, and bad records that are reported while reading goes on. */
@Tag("issue-6")
class CorpusFormatsTest {
    private static final String PAGE = "<html><head><title>Talks</title></head><body><nav>Menu</nav><article>"
            + "<p>Turkey welcomes talks with Syria.</p><p>The minister said so on Monday.</p></article></body></html>";

    @TempDir Path tmp;
    final List<Problem> problems = new ArrayList<>();

    private List<Article> read(ArticleReader reader, Path p) {
        List<Article> out = new ArrayList<>();
        reader.read(p, out::add, problems::add);
        return out;
    }

    private List<Article> read(Path p) {
        return read(new ArticleReader(), p);
    }

    private static String line(String url, String body) {
        return "{\"url\":\"%s\",\"title\":\"t\",\"maintext\":\"%s\"}\n".formatted(url, body);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b)) {
            gz.write(bytes);
        }
        return b.toByteArray();
    }

    @Test
    void readsGzippedJsonLinesRecordByRecord() throws IOException {
        Path f = tmp.resolve("news.jsonl.gz");
        Files.write(f, gzip((line("https://a.example/1", "Turkey welcomes talks.") + line("https://a.example/2", "تركيا ترحب بالمحادثات."))
                .getBytes(StandardCharsets.UTF_8)));
        List<Article> articles = read(f);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::file, Article::url, Article::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple(f + "#L1", "https://a.example/1", "en"),
                org.assertj.core.groups.Tuple.tuple(f + "#L2", "https://a.example/2", "ar"));
    }

    @Test
    void readsGzippedTextAndHtml() throws IOException {
        Files.write(tmp.resolve("a.txt.gz"), gzip("title: A\n---\nTurkey welcomes talks.\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(tmp.resolve("b.html.gz"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        List<Article> articles = read(tmp);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::title).containsExactly("A", "Talks");
        assertThat(articles.get(1).body()).isEqualTo("Turkey welcomes talks with Syria.\nThe minister said so on Monday.");
    }

    @Test
    void readsStandardInputAsJsonLines() {
        byte[] in = (line("https://a.example/1", "Turkey welcomes talks.") + "{oops\n").getBytes(StandardCharsets.UTF_8);
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_RECORD_BYTES, () -> new ByteArrayInputStream(in));
        List<Article> articles = read(reader, Path.of("-"));
        assertThat(articles).extracting(Article::file).containsExactly("-#L1");
        assertThat(problems).extracting(Problem::source).containsExactly("-#L2");
    }

    @Test
    void readsWarcResponsesAsPagesWithTargetUriAndWarcDate() throws IOException {
        byte[] warc = Warc.file(
                Warc.record("warcinfo", null, "application/warc-fields", "software: test\r\n"),
                Warc.record("request", "https://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\n\r\n"),
                Warc.response("https://news.example/a", "200 OK", "text/html; charset=utf-8", PAGE),
                Warc.response("https://news.example/gone", "404 Not Found", "text/html", "<p>not found</p>"),
                Warc.response("https://news.example/logo.png", "200 OK", "image/png", "PNG"));
        Files.write(tmp.resolve("crawl.warc"), warc);
        Files.write(tmp.resolve("crawl2.warc.gz"), Warc.gzipPerRecord(
                Warc.response("https://news.example/b", "200 OK", "text/html", PAGE.replace("Talks", "More talks"))));
        List<Article> articles = read(tmp);
        assertThat(problems).isEmpty();
        assertThat(articles).extracting(Article::file, Article::url, Article::date, Article::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple(tmp.resolve("crawl.warc") + "#R3", "https://news.example/a", "2024-03-05", "en"),
                org.assertj.core.groups.Tuple.tuple(tmp.resolve("crawl2.warc.gz") + "#R1", "https://news.example/b", "2024-03-05", "en"));
        assertThat(articles.get(1).title()).isEqualTo("More talks");
    }

    @Test
    void badRecordsAreReportedWithFileAndLineAndReadingGoesOn() throws IOException {
        Path f = tmp.resolve("mixed.jsonl");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(line("https://a.example/1", "Turkey welcomes talks.").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"url\": broken\n".getBytes(StandardCharsets.UTF_8));                       // L2 malformed JSON
        b.writeBytes(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // L3 not UTF-8
        b.writeBytes(line("https://a.example/4", "").getBytes(StandardCharsets.UTF_8));           // L4 empty body
        b.writeBytes(line("https://a.example/5", "x".repeat(5000)).getBytes(StandardCharsets.UTF_8)); // L5 over the cap
        b.writeBytes(line("https://a.example/6", "Syria rejects the plan.").getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        List<Article> articles = read(new ArticleReader(1000, () -> InputStreamOf.EMPTY), f);
        assertThat(articles).extracting(Article::url).containsExactly("https://a.example/1", "https://a.example/6");
        assertThat(problems).extracting(Problem::source).containsExactly(f + "#L2", f + "#L3", f + "#L4", f + "#L5");
        assertThat(problems.get(0).message()).startsWith("not valid JSON");
        assertThat(problems.get(1).message()).isEqualTo("not UTF-8 text");
        assertThat(problems.get(2).message()).startsWith("empty body");
        assertThat(problems.get(3).message()).startsWith("record of 5055 bytes is over the cap of 1000 bytes");
    }

    @Test
    void brokenFilesAreOneProblemEachAndTheRestIsRead() throws IOException {
        Files.writeString(tmp.resolve("a-not-gzip.jsonl.gz"), line("https://a.example/x", "plain text, not gzip"));
        byte[] gz = gzip((line("https://a.example/1", "Turkey welcomes talks.") + numbered(5000))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(tmp.resolve("b-truncated.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] binary = new byte[300];
        binary[10] = 0;
        Arrays.fill(binary, 20, 300, (byte) 7);
        Files.write(tmp.resolve("c-binary.txt"), binary);
        Files.writeString(tmp.resolve("d-no-text.html"), "<html><body><script>var x = 1;</script><img src=a.png></body></html>");
        Files.writeString(tmp.resolve("e-good.txt"), "Turkey welcomes talks.");
        List<Article> articles = read(tmp);
        assertThat(articles).extracting(Article::file).first().isEqualTo(tmp.resolve("b-truncated.jsonl.gz") + "#L1");
        assertThat(articles).extracting(Article::file).last().isEqualTo(tmp.resolve("e-good.txt").toString());
        assertThat(problems).extracting(p -> Path.of(p.source()).getFileName().toString() + ": " + p.message().split(":")[0])
                .containsExactly("a-not-gzip.jsonl.gz: not gzip data, skipped",
                        "b-truncated.jsonl.gz: cannot read (truncated or corrupt gzip?)",
                        "c-binary.txt: binary data (NUL bytes), not an article, skipped",
                        "d-no-text.html: empty body");
    }

    private static String numbered(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 2; i < n; i++) b.append(line("https://a.example/" + i, "Syria answers statement number " + i * 7919L + "."));
        return b.toString();
    }

    @Test
    void aFileOverTheCapIsSkippedWithoutReadingItAll() throws IOException {
        Files.writeString(tmp.resolve("big.txt"), "Turkey welcomes talks. ".repeat(100));
        List<Article> articles = read(new ArticleReader(100, () -> InputStreamOf.EMPTY), tmp.resolve("big.txt"));
        assertThat(articles).isEmpty();
        assertThat(problems).extracting(Problem::message)
                .containsExactly("larger than the record cap of 100 bytes, skipped (raise it with --max-record-bytes)");
    }

    @Test
    void boundedLinesSplitsAndSkipsOverlongLines() throws IOException {
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream("ab\r\n\n0123456789\nxyz".getBytes(StandardCharsets.UTF_8)), 5);
        List<String> out = new ArrayList<>();
        for (byte[] l = lines.next(); l != null; l = lines.next())
            out.add(lines.overflow() > 0 ? "overflow " + lines.overflow() : new String(l, StandardCharsets.UTF_8));
        assertThat(out).containsExactly("ab", "", "overflow 10", "xyz");
        assertThat(lines.number()).isEqualTo(4);
    }

    /** An empty standard input. */
    static final class InputStreamOf {
        static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }
}
