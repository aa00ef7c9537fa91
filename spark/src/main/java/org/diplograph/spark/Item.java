package org.diplograph.spark;

import java.io.Serializable;
import org.diplograph.model.Article;

/**
 * What reading an input gives, moved between executors: an article, or a record that could not be read.
 *
 * @param article the article's fields, or null for a bad record
 * @param bad     why the record was not read, or null
 */
record Item(ArticleFields article, BadRecord bad) implements Serializable {
    static Item of(Article a) {
        return new Item(new ArticleFields(a.file(), a.title(), a.source(), a.date(), a.url(), a.language(), a.body()), null);
    }

    static Item bad(BadRecord b) { return new Item(null, b); }

    /** The fields of an {@link Article} (which is not {@link Serializable}). */
    record ArticleFields(String file, String title, String source, String date, String url, String language,
                         String body) implements Serializable {
        Article toArticle() { return new Article(file, title, source, date, url, language, body); }
    }
}
