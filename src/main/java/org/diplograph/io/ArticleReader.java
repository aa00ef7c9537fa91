package org.diplograph.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.FileVisitOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;

/**
 * Reads articles from files and folders; one bad file or record becomes a {@link Problem}, never an exception.
 * Formats and naming are described in the {@linkplain org.diplograph.io package documentation}.
 * <pre>
 *   List&lt;Problem&gt; problems = new ArrayList&lt;&gt;();
 *   List&lt;Article&gt; articles = new ArticleReader().readAll(List.of(Path.of("articles/")), problems::add);
 *   // articles.get(0).file() is "articles/ar/003.txt"
 * </pre>
 */
public final class ArticleReader {
    private static final ArticleFormat TEXT = new TextFormat();
    private static final Map<String, ArticleFormat> BY_EXTENSION = Map.of(
            "txt", TEXT, "", TEXT,
            "json", NewsPleaseFormat.document(),
            "jsonl", NewsPleaseFormat.lines(), "ndjson", NewsPleaseFormat.lines(),
            "html", new HtmlFormat(), "htm", new HtmlFormat());

    /**
     * Reads every article of {@code path}, a file or a folder (walked recursively in sorted path order,
     * hidden entries and unknown extensions skipped).
     *
     * @throws UserException when {@code path} does not exist
     */
    public void read(Path path, Consumer<Article> articles, Consumer<Problem> problems) {
        if (!Files.exists(path)) {
            throw new UserException("no such file or folder: %s (check the path, relative to %s)"
                    .formatted(path, Path.of("").toAbsolutePath()));
        }
        if (!Files.isDirectory(path)) {
            String file = slashes(path.toString());
            ArticleFormat format = BY_EXTENSION.get(extension(path));
            if (format == null) {
                problems.accept(ArticleFormat.warning(file,
                        "unknown extension, skipped (read are .txt, .json, .jsonl, .ndjson, .html, .htm and files without extension)"));
                return;
            }
            readFile(path, file, format, articles, problems);
            return;
        }
        for (Path rel : walk(path, problems)) {
            ArticleFormat format = BY_EXTENSION.get(extension(rel));
            if (format != null) readFile(path.resolve(rel), slashes(path.resolve(rel).toString()), format, articles, problems);
        }
    }

    /** Reads every path in order and returns all articles. @throws UserException when a path does not exist */
    public List<Article> readAll(List<Path> paths, Consumer<Problem> problems) {
        for (Path p : paths) {
            if (!Files.exists(p)) read(p, a -> { }, problems); // fail before reading anything
        }
        List<Article> out = new ArrayList<>();
        for (Path p : paths) read(p, out::add, problems);
        return out;
    }

    private static void readFile(Path path, String file, ArticleFormat format, Consumer<Article> articles,
                                 Consumer<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.accept(ArticleFormat.error(file, "cannot read: " + ArticleFormat.oneLine(String.valueOf(e.getMessage()))));
            return;
        }
        format.read(file, bytes, a -> {
            if (a.body().isBlank()) {
                problems.accept(ArticleFormat.error(a.file(), "empty body"));
            } else {
                articles.accept(a.language() == null ? a.withLanguage(LanguageGuess.guess(a.body())) : a);
            }
        }, problems);
    }

    /** The regular files under {@code root}, relative to it, in sorted path order, hidden entries left out. */
    private static List<Path> walk(Path root, Consumer<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file)) files.add(root.relativize(file));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(ArticleFormat.error(slashes(file.toString()), "cannot read: " + ArticleFormat.oneLine(e.toString())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(ArticleFormat.error(slashes(root.toString()), "cannot walk folder: " + ArticleFormat.oneLine(e.toString())));
        }
        files.sort(Comparator.comparing(p -> slashes(p.toString())));
        return files;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The lower-case extension of the file name ("" when it has none, or only a leading dot). */
    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
