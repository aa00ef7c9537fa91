package org.diplograph.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz files as Common Crawl's CC-NEWS writes them, read with jwarc one record at a time. Each
 * {@code response} record with an HTTP 2xx HTML payload is one page, read as {@link HtmlFormat} reads a page;
 * its URL is the record's {@code WARC-Target-URI}, its date the page's own published date, else the
 * {@code WARC-Date}. Other records (warcinfo, request, metadata, redirects, non-HTML) are skipped silently.
 * A record is named {@code file#R<n>}, n counting every record of the file from 1.
 */
final class WarcFormat implements ArticleFormat {
    private static final HtmlFormat HTML = new HtmlFormat();

    @Override
    public void read(String file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        try {
            read(file, new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE, articles, problems);
        } catch (IOException e) {
            problems.accept(ArticleFormat.error(file, "cannot read WARC: " + ArticleFormat.oneLine(e.getMessage())));
        }
    }

    @Override
    public void read(String file, InputStream in, long maxBytes, Consumer<Article> articles, Consumer<Problem> problems)
            throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            Iterator<WarcRecord> records = reader.iterator();
            long n = 0;
            while (true) {
                WarcRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                } catch (RuntimeException e) { // jwarc's ParsingException: the rest of the file cannot be framed
                    problems.accept(ArticleFormat.error(file + "#R" + (n + 1),
                            "not a WARC record, rest of the file skipped: " + ArticleFormat.oneLine(e.getMessage())));
                    return;
                }
                n++;
                if (record instanceof WarcResponse response) page(file + "#R" + n, response, maxBytes, articles, problems);
            }
        }
    }

    private static void page(String source, WarcResponse response, long maxBytes, Consumer<Article> articles,
                             Consumer<Problem> problems) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return;
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | RuntimeException e) {
            problems.accept(ArticleFormat.error(source, "response record without a readable HTTP message: " + ArticleFormat.oneLine(e.getMessage())));
            return;
        }
        if (http.status() < 200 || http.status() >= 300) return;
        String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
        if (!type.equals("text/html") && !type.equals("application/xhtml+xml")) return;
        long size = response.body().size();
        if (size > maxBytes) {
            problems.accept(ArticleFormat.error(source, "record of %d bytes is over the cap of %d bytes, skipped (raise it with --max-record-bytes)"
                    .formatted(size, maxBytes)));
            return;
        }
        byte[] bytes = ArticleFormat.readAtMost(http.bodyDecoded().stream(), maxBytes);
        if (bytes == null) {
            problems.accept(ArticleFormat.error(source, "page is over the cap of %d bytes once decoded, skipped".formatted(maxBytes)));
            return;
        }
        String target = response.target();
        String warcDate = response.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        HTML.read(source, bytes, a -> articles.accept(new Article(a.file(), a.title(), a.source(),
                a.date() != null ? a.date() : warcDate, target, a.language(), a.body())), problems);
    }
}
