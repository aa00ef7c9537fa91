package org.diplograph.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;

/**
 * news-please JSON: {@code title}, {@code maintext} (the body), {@code date_publish}, {@code url},
 * {@code source_domain}, {@code language}. A {@code .json} file holds one object or an array of them;
 * a JSON Lines file ({@link #lines()}) holds one object per line.
 */
final class NewsPleaseFormat implements ArticleFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final boolean lines;

    private NewsPleaseFormat(boolean lines) {
        this.lines = lines;
    }

    /** One JSON value per file: an object or an array of objects. */
    static NewsPleaseFormat document() { return new NewsPleaseFormat(false); }

    /** One object per line (JSON Lines, NDJSON); blank lines are skipped. */
    static NewsPleaseFormat lines() { return new NewsPleaseFormat(true); }

    @Override
    public void read(String file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        String text = ArticleFormat.utf8(file, bytes, problems);
        if (text == null) return;
        if (lines) readLines(file, text, articles, problems);
        else readDocument(file, text, articles, problems);
    }

    /** JSON Lines are read one line at a time, so a file of any size needs memory for one record only. */
    @Override
    public void read(String file, InputStream in, long maxBytes, Consumer<Article> articles, Consumer<Problem> problems)
            throws IOException {
        if (!lines) {
            ArticleFormat.super.read(file, in, maxBytes, articles, problems);
            return;
        }
        BoundedLines reader = new BoundedLines(in, maxBytes);
        for (byte[] bytes = reader.next(); bytes != null; bytes = reader.next()) {
            String source = file + "#L" + reader.number();
            if (reader.overflow() > 0) {
                problems.accept(ArticleFormat.error(source, "record of %d bytes is over the cap of %d bytes, skipped (raise it with --max-record-bytes)"
                        .formatted(reader.overflow(), maxBytes)));
                continue;
            }
            String line = ArticleFormat.utf8(source, bytes, problems);
            if (line == null) continue;
            if (reader.number() == 1) line = stripBom(line);
            if (line.isBlank()) continue;
            readLine(source, line, articles, problems);
        }
    }

    private static void readLine(String source, String line, Consumer<Article> articles, Consumer<Problem> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(ArticleFormat.error(source, "not valid JSON: " + ArticleFormat.oneLine(e.getOriginalMessage())));
            return;
        }
        record(source, node, articles, problems);
    }

    private static void readDocument(String file, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        JsonNode root;
        try {
            root = JSON.readTree(stripBom(text));
        } catch (JsonProcessingException e) {
            problems.accept(ArticleFormat.error(file, "not valid JSON" + where(e) + ": " + ArticleFormat.oneLine(e.getOriginalMessage())));
            return;
        }
        if (root == null || root.isMissingNode()) {
            problems.accept(ArticleFormat.error(file, "empty JSON file"));
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) record(file + "#" + i, root.get(i), articles, problems);
        } else {
            record(file, root, articles, problems);
        }
    }

    private static void readLines(String file, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        String[] lines = stripBom(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            readLine(file + "#L" + (i + 1), line, articles, problems);
        }
    }

    private static void record(String source, JsonNode node, Consumer<Article> articles, Consumer<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.accept(ArticleFormat.error(source, "not a JSON object (expected a news-please record)"));
            return;
        }
        JsonNode maintext = node.get("maintext");
        if (maintext != null && !maintext.isNull() && !maintext.isTextual()) {
            problems.accept(ArticleFormat.error(source, "\"maintext\" is %s, not a string; record skipped".formatted(kind(maintext))));
            return;
        }
        String body = maintext == null ? null : maintext.textValue();
        if (body == null || body.isBlank()) {
            problems.accept(ArticleFormat.error(source, "empty body (no \"maintext\")"));
            return;
        }
        String rawDate = text(source, node, "date_publish", problems);
        String date = Dates.isoDate(rawDate);
        if (rawDate != null && date == null) {
            problems.accept(ArticleFormat.warning(source, "date_publish '%s' does not start with yyyy-MM-dd; left empty".formatted(rawDate)));
        }
        String title = text(source, node, "title", problems);
        String publisher = text(source, node, "source_domain", problems);
        String url = text(source, node, "url", problems);
        String language = LanguageGuess.declared(text(source, node, "language", problems), source, problems);
        articles.accept(new Article(source, title, publisher, date, url, language, body));
    }

    /**
     * A string field, or null when absent or JSON null; a field of another type is reported as a warning naming
     * the field and its type, and left empty.
     */
    private static String text(String source, JsonNode node, String field, Consumer<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        problems.accept(ArticleFormat.warning(source, "\"%s\" is %s, not a string; left empty".formatted(field, kind(v))));
        return null;
    }

    /** The JSON type of a value, with its article: "a number", "an array". */
    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case BINARY -> "binary data";
            default -> "a " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? "" : " (line %d, column %d)".formatted(loc.getLineNr(), loc.getColumnNr());
    }
}
