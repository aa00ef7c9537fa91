package org.diplograph.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page read with jsoup (charset from the BOM or {@code <meta charset>}, else UTF-8). Title:
 * {@code og:title}, {@code <title>}, first {@code <h1>}. Date: {@code article:published_time},
 * {@code <time datetime>}, {@code itemprop=datePublished}, JSON-LD {@code datePublished}. URL:
 * {@code og:url}, canonical link. Source: {@code og:site_name}. Language: {@code <html lang>}. Body: the
 * {@code <p>} texts of the first {@code <article>} (else of the page) joined by "\n", leaving out
 * navigation, header, footer, aside, script and style; without paragraphs, the container's text.
 */
final class HtmlFormat implements ArticleFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, form";

    @Override
    public void read(String file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            problems.accept(ArticleFormat.error(file, "cannot parse HTML: " + ArticleFormat.oneLine(e.getMessage())));
            return;
        }
        String rawDate = publishedDate(file, doc, problems);
        String date = Dates.isoDate(rawDate);
        if (rawDate != null && date == null) {
            problems.accept(ArticleFormat.warning(file, "published date '%s' does not start with yyyy-MM-dd; left empty".formatted(rawDate)));
        }
        Element html = doc.selectFirst("html");
        articles.accept(new Article(file, title(doc), meta(doc, "og:site_name"), date, url(doc),
                LanguageGuess.declared(html == null ? null : html.attr("lang"), file, problems), body(doc)));
    }

    private static String title(Document doc) {
        String og = meta(doc, "og:title");
        if (og != null) return og;
        Element t = doc.selectFirst("head > title, title");
        if (t != null && !t.text().isBlank()) return t.text();
        Element h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text() : null;
    }

    private static String url(Document doc) {
        String og = meta(doc, "og:url");
        if (og != null) return og;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        return canonical == null || canonical.attr("href").isBlank() ? null : canonical.attr("href").strip();
    }

    private static String publishedDate(String file, Document doc, Consumer<Problem> problems) {
        String d = meta(doc, "article:published_time");
        if (d != null) return d;
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) return time.attr("datetime").strip();
        Element item = doc.selectFirst("[itemprop=datePublished]");
        if (item != null) {
            for (String attr : List.of("content", "datetime")) {
                if (!item.attr(attr).isBlank()) return item.attr(attr).strip();
            }
            if (!item.text().isBlank()) return item.text();
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                String found = jsonLdDate(JSON.readTree(script.data()));
                if (found != null) return found;
            } catch (JsonProcessingException e) {
                problems.accept(ArticleFormat.warning(file, "JSON-LD block ignored, not valid JSON: " + ArticleFormat.oneLine(e.getOriginalMessage())));
            }
        }
        return null;
    }

    /** The first {@code datePublished} string anywhere in a JSON-LD tree (objects, arrays, {@code @graph}). */
    private static String jsonLdDate(JsonNode node) {
        if (node == null) return null;
        JsonNode d = node.get("datePublished");
        if (d != null && d.isTextual() && !d.textValue().isBlank()) return d.textValue().strip();
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                String found = jsonLdDate(child);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** The content of {@code <meta property=name>} (or {@code name=name}), or null. */
    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=\"%s\"][content], meta[name=\"%s\"][content]".formatted(name, name));
        return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }

    private static String body(Document doc) {
        Element article = doc.selectFirst("article");
        Element container = article != null ? article : doc.body();
        if (container == null) return "";
        Element copy = container.clone();
        copy.select(BOILERPLATE).remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element p : copy.select("p")) {
            String t = p.text();
            if (!t.isBlank()) paragraphs.add(t);
        }
        return paragraphs.isEmpty() ? copy.text() : String.join("\n", paragraphs);
    }
}
