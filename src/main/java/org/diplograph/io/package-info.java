/**
 * Reading news articles from files into {@link org.diplograph.model.Article}s.
 *
 * <p>Contract of {@link org.diplograph.io.ArticleReader}: a path is a file or a folder (walked recursively,
 * files in sorted path order, hidden files and folders skipped, unknown extensions skipped silently).
 * One bad file or record never stops the batch: it becomes a {@link org.diplograph.model.Problem}
 * and reading goes on. Only a path that does not exist is a {@link org.diplograph.model.UserException}.
 *
 * <ul>
 *   <li>{@code .txt} and files without extension: an optional header block of {@code key: value} lines
 *       ended by a line that is exactly {@code ---}; the body is everything after that line, byte for
 *       byte (no trimming). Without a header block the whole file is the body. Strict UTF-8.</li>
 *   <li>{@code .json} (one news-please object or an array of them), {@code .jsonl}/{@code .ndjson}
 *       (one per line): the body is {@code maintext}; each record of a multi-record file gets its own
 *       {@link org.diplograph.model.Article#file()}: {@code path#<index>} (0-based) or {@code path#L<line>}.</li>
 *   <li>{@code .html}/{@code .htm}: metadata from meta tags, {@code <time>}, JSON-LD; the body is the
 *       paragraphs of {@code <article>} (or of the page, leaving out nav, header, footer, aside) joined by "\n".</li>
 *   <li>{@code .warc}: WARC records read with jwarc; each HTTP 2xx HTML response is a page as above, its URL the
 *       {@code WARC-Target-URI}, its date the page's, else the {@code WARC-Date}; named {@code path#R<record>}.</li>
 *   <li>Any of these with {@code .gz} appended is gunzipped as it is read; the path {@code -} is JSON Lines on
 *       standard input. JSON Lines and WARC are read one record at a time; no file, line or record over the
 *       record cap (5 MB unless set) is held: it becomes a problem. Binary files (NUL bytes) are problems too.</li>
 * </ul>
 * {@code Article.file} is the path as the user gave it, joined with the path inside a folder, with {@code /}
 * separators. When no language is given, {@link org.diplograph.io.LanguageGuess} decides it from the body.
 */
package org.diplograph.io;
