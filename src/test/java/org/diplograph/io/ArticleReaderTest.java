package org.diplograph.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private List<Article> read(Path p) {
        return new ArticleReader().readAll(List.of(p), problems::add);
    }

    @Test
    void parsesHeaderBlockAndKeepsBodyByteExact() throws IOException {
        String body = "  أعلن الوزير اليوم أن المحادثات مستمرة.\n---\nسطر بعد فاصل\n\n  ";
        Path p = write("ar/001.txt", """
                title: الوزير يعلن
                source: Example News
                date: 2024-07-13 08:00
                url: https://example.org/a/1
                origin: ignored
                ---
                """ + body);
        List<Article> articles = read(p);
        assertThat(articles).containsExactly(new Article(p.toString(), "الوزير يعلن", "Example News", "2024-07-13",
                "https://example.org/a/1", "ar", body));
        assertThat(problems).isEmpty();
    }

    @Test
    void keepsCrlfLineEndingsInBody() throws IOException {
        String body = "Line one.\r\nThe minister said talks would resume.\r\n";
        Path p = write("en/crlf.txt", "title: CRLF\r\nlanguage: EN\r\n---\r\n" + body);
        Article a = read(p).get(0);
        assertThat(a.body()).isEqualTo(body);
        assertThat(a.title()).isEqualTo("CRLF");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void stripsBomFromHeaderOnly() throws IOException {
        Path p = write("bom.txt", "\uFEFFtitle: With BOM\n---\nBody text here.");
        Article a = read(p).get(0);
        assertThat(a.title()).isEqualTo("With BOM");
        assertThat(a.body()).isEqualTo("Body text here.");
    }

    @Test
    void fileWithoutHeaderIsAllBody() throws IOException {
        String text = "The spokesman said: relations are good.\n---\nmore text\n";
        Path p = write("noheader", text);
        Article a = read(p).get(0);
        assertThat(a).isEqualTo(new Article(p.toString(), null, null, null, null, "en", text));
    }

    @Test
    void undatedHeaderLeavesDateEmptyWithWarning() throws IOException {
        Path p = write("d.txt", "title: T\ndate: 13 July 2024\n---\nThe minister spoke.");
        Article a = read(p).get(0);
        assertThat(a.date()).isNull();
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(pr.message()).contains("13 July 2024");
        });
    }

    @Test
    void nonUtf8FileIsAProblemAndReadingGoesOn() throws IOException {
        write("a/bad.txt", new byte[] {'t', 'i', (byte) 0xE9, 't', '\n'}); // Latin-1 é
        write("a/good.txt", "Good text.");
        List<Article> articles = read(dir.resolve("a"));
        assertThat(articles).extracting(Article::body).containsExactly("Good text.");
        assertThat(problems).containsExactly(new Problem(Problem.Severity.ERROR,
                dir.resolve("a/bad.txt").toString(), "not UTF-8 text"));
    }

    @Test
    void readsNewsPleaseObject() throws IOException {
        Path p = write("np.json", """
                {"title": "Talks resume", "maintext": "The foreign minister said talks would resume.",
                 "date_publish": "2018-05-15 10:11:12", "url": "https://example.org/t", "source_domain": "example.org",
                 "language": "en", "authors": []}
                """);
        assertThat(read(p)).containsExactly(new Article(p.toString(), "Talks resume", "example.org", "2018-05-15",
                "https://example.org/t", "en", "The foreign minister said talks would resume."));
    }

    @Test
    void readsNewsPleaseArrayWithOneFilePerRecord() throws IOException {
        Path p = write("arr.json", """
                [{"title": "A", "maintext": "قال المتحدث إن العلاقات جيدة."},
                 {"title": "B", "maintext": null},
                 {"title": "C", "maintext": "The envoy welcomed the truce."}]
                """);
        List<Article> articles = read(p);
        assertThat(articles).extracting(Article::file, Article::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p + "#0", "ar"), org.assertj.core.groups.Tuple.tuple(p + "#2", "en"));
        assertThat(problems).extracting(Problem::source, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p + "#1", "empty body (no \"maintext\")"));
    }

    @Test
    void readsJsonLinesAndReportsMalformedLine() throws IOException {
        Path p = write("np.jsonl", """
                {"title": "one", "maintext": "First body."}
                {"title": "two", "maintext": "broken
                {"title": "three", "maintext": "Third body."}
                """);
        List<Article> articles = read(p);
        assertThat(articles).extracting(Article::file, Article::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(p + "#L1", "First body."),
                org.assertj.core.groups.Tuple.tuple(p + "#L3", "Third body."));
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.source()).isEqualTo(p + "#L2");
            assertThat(pr.message()).startsWith("not valid JSON").doesNotContain("\n");
        });
    }

    @Test
    void readsHtmlArticleSkippingNavigation() throws IOException {
        Path p = write("page.html", """
                <!doctype html>
                <html lang="en-GB"><head>
                <title>Fallback title</title>
                <meta property="og:title" content="Envoy welcomes ceasefire">
                <meta property="og:site_name" content="Example Times">
                <meta property="og:url" content="https://example.org/envoy">
                <meta property="article:published_time" content="2023-11-24T07:00:00Z">
                </head><body>
                <nav><p>Home | World | Sport</p></nav>
                <article>
                  <header><h1>Envoy welcomes ceasefire</h1></header>
                  <p>The UN envoy welcomed the ceasefire.</p>
                  <aside><p>Related: other news</p></aside>
                  <p>He called for talks.</p>
                </article>
                <footer><p>Copyright</p></footer>
                </body></html>
                """);
        assertThat(read(p)).containsExactly(new Article(p.toString(), "Envoy welcomes ceasefire", "Example Times",
                "2023-11-24", "https://example.org/envoy", "en",
                "The UN envoy welcomed the ceasefire.\nHe called for talks."));
        assertThat(problems).isEmpty();
    }

    @Test
    void readsHtmlWithoutArticleFromParagraphsAndJsonLd() throws IOException {
        Path p = write("page.htm", """
                <html><head><link rel="canonical" href="https://example.org/c">
                <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2020-01-02T03:04:05+03:00"}]}</script>
                </head><body><header><p>Site menu</p></header><h1>Headline here</h1>
                <div><p>أكد الوزير دعم بلاده للمفاوضات.</p><p>وأضاف أن الحل سياسي.</p></div>
                <script>var x = "<p>no</p>";</script></body></html>
                """);
        assertThat(read(p)).containsExactly(new Article(p.toString(), "Headline here", null, "2020-01-02",
                "https://example.org/c", "ar", "أكد الوزير دعم بلاده للمفاوضات.\nوأضاف أن الحل سياسي."));
    }

    @Test
    void brokenJsonLdIsAWarning() throws IOException {
        Path p = write("broken.html", """
                <html lang="ar"><head><script type="application/ld+json">{"datePublished": </script></head>
                <body><p>نص الخبر.</p></body></html>
                """);
        assertThat(read(p)).extracting(Article::date, Article::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "نص الخبر."));
        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(pr.message()).startsWith("JSON-LD block ignored");
        });
    }

    @Test
    void walksFolderRecursivelyInSortedOrderSkippingHiddenAndUnknown() throws IOException {
        write("corpus/en/002.txt", "Second English.");
        write("corpus/ar/010.txt", "نص عربي أول.");
        write("corpus/en/001.txt", "First English.");
        write("corpus/ar/.hidden.txt", "hidden");
        write("corpus/.git/x.txt", "hidden folder");
        write("corpus/ar/notes.docx", "unknown");
        Path root = dir.resolve("corpus");
        List<Article> articles = read(root);
        assertThat(articles).extracting(Article::file).containsExactly(
                root + "/ar/010.txt", root + "/en/001.txt", root + "/en/002.txt");
        assertThat(problems).isEmpty();
    }

    @Test
    void keepsRelativePathAsGiven() throws IOException {
        write("corpus/ar/003.txt", "نص.");
        Path given = Path.of("").toAbsolutePath().relativize(dir.resolve("corpus"));
        List<Article> articles = read(given);
        assertThat(articles).extracting(Article::file).containsExactly(given + "/ar/003.txt");
        assertThat(articles.get(0).file()).doesNotStartWith("/");
    }

    @Test
    void readsTheBundledSeedDocument() throws Exception {
        Path seed = Path.of(getClass().getResource("/io/seed/000.txt").toURI());
        Article a = read(seed).get(0);
        assertThat(a.title()).isEqualTo("روسيا تعلق على تطبيع العلاقات بين تركيا وسوريا");
        assertThat(a.date()).isEqualTo("2024-07-13");
        assertThat(a.language()).isEqualTo("ar");
        // offsets in code points, as Python's body[150:181] (computed with score.py's Python on the same file)
        int start = a.body().offsetByCodePoints(0, 150);
        int end = a.body().offsetByCodePoints(start, 31);
        assertThat(a.body().substring(start, end)).isEqualTo("تطبيع العلاقات بين تركيا وسوريا");
        assertThat(a.body().codePointCount(0, a.body().length())).isEqualTo(2191);
        assertThat(problems).isEmpty();
    }

    @Test
    void missingPathIsAUserException() {
        Path missing = dir.resolve("nowhere/articles");
        UserException e = assertThrows(UserException.class, () -> read(missing));
        assertThat(e.getMessage()).contains(missing.toString()).contains("check the path");
    }
}
