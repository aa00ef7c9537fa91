package org.diplograph.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;

/**
 * Reads articles from files, folders and standard input, one article at a time; one bad file or record becomes a
 * {@link Problem}, never an exception. Formats and naming are described in the {@linkplain org.diplograph.io
 * package documentation}. Memory does not grow with the input: JSON Lines and WARC files are read record by record,
 * other files one file at a time, and no record over {@link #maxRecordBytes()} is ever held.
 * <pre>
 *   ArticleReader reader = new ArticleReader();
 *   for (ArticleReader.Input in : reader.inputs(List.of(Path.of("corpus/")), problems::add))
 *       reader.read(in, article -&gt; pipeline.submit(article), problems::add);
 *   // an article of corpus/2024.jsonl.gz line 7 has file() "corpus/2024.jsonl.gz#L7"
 * </pre>
 */
public final class ArticleReader {
    /** The default cap on one record (a file, a JSON line, a WARC record): 5 MB. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 5L * 1024 * 1024;
    /** The name standard input goes by, as a path argument and in {@link Article#file()}. */
    public static final String STDIN = "-";

    private static final ArticleFormat TEXT = new TextFormat();
    private static final Map<String, ArticleFormat> BY_EXTENSION = Map.of(
            "txt", TEXT, "", TEXT,
            "json", NewsPleaseFormat.document(),
            "jsonl", NewsPleaseFormat.lines(), "ndjson", NewsPleaseFormat.lines(),
            "html", new HtmlFormat(), "htm", new HtmlFormat(),
            "warc", new WarcFormat());
    private static final String KNOWN = ".txt, .json, .jsonl, .ndjson, .html, .htm, .warc, each also .gz, and files without extension";

    private final long maxRecordBytes;
    private final Supplier<InputStream> stdin;
    private final AtomicLong bytesRead = new AtomicLong();

    /** A reader with the default record cap, reading {@code -} from {@link System#in}. */
    public ArticleReader() {
        this(DEFAULT_MAX_RECORD_BYTES, () -> System.in);
    }

    /**
     * @param maxRecordBytes the largest file, JSON line or WARC record read; larger ones are reported and skipped
     * @param stdin          what the path {@code -} reads (JSON Lines)
     */
    public ArticleReader(long maxRecordBytes, Supplier<InputStream> stdin) {
        if (maxRecordBytes < 1) throw new IllegalArgumentException("invalid record cap: " + maxRecordBytes + " bytes");
        this.maxRecordBytes = maxRecordBytes;
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public long maxRecordBytes() { return maxRecordBytes; }

    /** Bytes read so far from files as stored (compressed for .gz), for progress against {@link Input#size()}. */
    public long bytesRead() { return bytesRead.get(); }

    /**
     * One input: a file with the name its articles carry, or standard input ({@code path} null).
     *
     * @param size bytes on disk, or -1 for standard input
     */
    public record Input(Path path, String name, long size) {}

    /**
     * The inputs of {@code paths} in order: files as given, folders walked recursively in sorted path order
     * (hidden entries and unknown extensions skipped), {@code -} for standard input.
     *
     * @throws UserException when a path does not exist (checked for all paths before any is read)
     */
    public List<Input> inputs(List<Path> paths, Consumer<Problem> problems) {
        for (Path p : paths) {
            if (!isStdin(p) && !Files.exists(p))
                throw new UserException("no such file or folder: %s (check the path, relative to %s)"
                        .formatted(Problem.printable(p.toString()), Problem.printable(Path.of("").toAbsolutePath().toString())));
        }
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (isStdin(p)) {
                out.add(new Input(null, STDIN, -1));
            } else if (!Files.isDirectory(p)) {
                if (format(p) == null) {
                    problems.accept(ArticleFormat.warning(slashes(p.toString()), "unknown extension, skipped (read are " + KNOWN + ")"));
                } else {
                    out.add(new Input(p, slashes(p.toString()), size(p)));
                }
            } else {
                for (Path rel : walk(p, problems)) {
                    if (format(rel) != null) out.add(new Input(p.resolve(rel), slashes(p.resolve(rel).toString()), size(p.resolve(rel))));
                }
            }
        }
        return out;
    }

    /** The total size of the inputs, or -1 when one is standard input. */
    public static long totalBytes(List<Input> inputs) {
        long total = 0;
        for (Input in : inputs) {
            if (in.size() < 0) return -1;
            total += in.size();
        }
        return total;
    }

    /**
     * Reads every article of {@code path}, a file, a folder or {@code -}.
     *
     * @throws UserException when {@code path} does not exist
     */
    public void read(Path path, Consumer<Article> articles, Consumer<Problem> problems) {
        for (Input in : inputs(List.of(path), problems)) read(in, articles, problems);
    }

    /** Reads every path in order and returns all articles (small inputs only). @throws UserException when a path does not exist */
    public List<Article> readAll(List<Path> paths, Consumer<Problem> problems) {
        List<Article> out = new ArrayList<>();
        for (Input in : inputs(paths, problems)) read(in, out::add, problems);
        return out;
    }

    /**
     * Reads one input, passing each article (language guessed from the body when not given) as soon as it is read.
     * A failure to read the rest of a file is one problem; the articles read before it are kept.
     */
    public void read(Input input, Consumer<Article> articles, Consumer<Problem> problems) {
        Consumer<Article> checked = a -> {
            if (a.body().isBlank()) {
                problems.accept(ArticleFormat.error(a.file(), "empty body"));
            } else {
                articles.accept(a.language() == null ? a.withLanguage(LanguageGuess.guess(a.body())) : a);
            }
        };
        if (input.path() == null) {
            try {
                NewsPleaseFormat.lines().read(STDIN, counted(stdin.get()), maxRecordBytes, checked, problems);
            } catch (IOException e) {
                problems.accept(ArticleFormat.error(STDIN, "cannot read standard input: " + ArticleFormat.oneLine(String.valueOf(e.getMessage()))));
            }
            return;
        }
        String name = input.path().getFileName() == null ? "" : input.path().getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = name.endsWith(".gz");
        ArticleFormat format = format(input.path());
        try (InputStream raw = counted(new BufferedInputStream(Files.newInputStream(input.path()), 1 << 16))) {
            // jwarc reads gzip members itself (and needs to see them, for per-record gzip)
            InputStream in = gz && !(format instanceof WarcFormat) ? gunzip(raw) : raw;
            format.read(input.name(), in, maxRecordBytes, checked, problems);
        } catch (NotGzip e) {
            problems.accept(ArticleFormat.error(input.name(), "not gzip data, skipped: " + ArticleFormat.oneLine(e.getMessage())));
        } catch (IOException | UncheckedIOException e) {
            problems.accept(ArticleFormat.error(input.name(), "cannot read%s: %s".formatted(gz ? " (truncated or corrupt gzip?)" : "",
                    ArticleFormat.oneLine(String.valueOf(e.getMessage())))));
        }
    }

    private static final class NotGzip extends IOException {
        NotGzip(IOException cause) { super(cause.getMessage(), cause); }
    }

    private static InputStream gunzip(InputStream raw) throws IOException {
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            throw new NotGzip(e);
        }
    }

    private InputStream counted(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) bytesRead.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) bytesRead.addAndGet(n);
                return n;
            }

            @Override
            public void close() throws IOException {
                if (in != System.in) super.close();
            }
        };
    }

    private static boolean isStdin(Path p) {
        return p.toString().equals(STDIN);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The format of a file from its extension, looking through a final {@code .gz}; null when unknown. */
    static ArticleFormat format(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            String inner = name.substring(0, name.length() - 3);
            return inner.isEmpty() ? null : BY_EXTENSION.get(extension(Path.of(inner)));
        }
        return BY_EXTENSION.get(extension(p));
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
