package org.diplograph.model;

import java.util.Objects;

/**
 * One news article as read from a file, before extraction.
 *
 * @param file     the path as the user gave it (or path#record for multi-record files)
 * @param title    headline, or null
 * @param source   publisher or outlet name, or null
 * @param date     publication date as ISO-8601 ({@code yyyy-MM-dd}), or null
 * @param url      canonical URL, or null
 * @param language BCP-47 language ({@code ar}, {@code en}), or null when unknown
 * @param body     the article body exactly as read (offsets point into it)
 */
public record Article(String file, String title, String source, String date, String url, String language,
                      String body) {
    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(body, "body");
    }

    /** The same article with its language set. */
    public Article withLanguage(String lang) {
        return new Article(file, title, source, date, url, lang, body);
    }
}
