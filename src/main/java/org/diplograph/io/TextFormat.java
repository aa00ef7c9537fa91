package org.diplograph.io;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;

/**
 * Plain text with an optional header block: {@code key: value} lines, then a line that is exactly
 * {@code ---}; the body is everything after that line, byte for byte. A file whose lines before the
 * first {@code ---} are not all {@code key: value} lines (or blank) has no header: the whole file is the body.
 */
final class TextFormat implements ArticleFormat {
    private static final Pattern HEADER_LINE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*[ \\t]*:.*");
    private static final char BOM = '\uFEFF';

    @Override
    public void read(String file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems) {
        String text = ArticleFormat.utf8(file, bytes, problems);
        if (text == null) return;
        int headerStart = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        Map<String, String> header = new HashMap<>();
        int bodyStart = headerEnd(text, headerStart, header);
        if (bodyStart < 0) {
            articles.accept(new Article(file, null, null, null, null, null, text));
            return;
        }
        String rawDate = header.get("date");
        String date = Dates.isoDate(rawDate);
        if (rawDate != null && date == null) {
            problems.accept(ArticleFormat.warning(file, "date '%s' does not start with yyyy-MM-dd; left empty".formatted(rawDate)));
        }
        String lang = header.getOrDefault("language", header.get("lang"));
        articles.accept(new Article(file, header.get("title"), header.get("source"), date, header.get("url"),
                LanguageGuess.declared(lang, file, problems), text.substring(bodyStart)));
    }

    /**
     * Parses the header block starting at {@code from} into {@code header} (first value of a key wins)
     * and returns where the body starts, or -1 when the text has no header block.
     */
    private static int headerEnd(String text, int from, Map<String, String> header) {
        int pos = from;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, nl < 0 ? text.length() : nl);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.equals("---")) return next;
            if (HEADER_LINE.matcher(line).matches()) {
                int colon = line.indexOf(':');
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                if (!value.isEmpty()) header.putIfAbsent(key, value);
            } else if (!line.isBlank()) {
                header.clear();
                return -1;
            }
            pos = next;
        }
        header.clear();
        return -1; // no "---" line: all of it is body
    }
}
