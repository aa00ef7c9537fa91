package org.diplograph.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;
import org.diplograph.model.UserException;

/** Temporary text-only reader (replaced by the full reader of the io branch). */
public final class ArticleReader {
    public void read(Path path, Consumer<Article> articles, Consumer<Problem> problems) {
        if (!Files.exists(path)) throw new UserException("no such file or folder: " + path);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(path)) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UserException("cannot read " + path, e);
        }
        for (Path f : files) {
            try {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                String title = null, source = null, date = null, url = null, lang = null, body = raw;
                int sep = raw.startsWith("---\n") ? 0 : raw.indexOf("\n---\n");
                if (sep >= 0) {
                    for (String line : raw.substring(0, sep).split("\n")) {
                        int c = line.indexOf(':');
                        if (c < 0) continue;
                        String k = line.substring(0, c).trim(), v = line.substring(c + 1).trim();
                        switch (k) {
                            case "title" -> title = v;
                            case "source" -> source = v;
                            case "date" -> date = v.length() >= 10 ? v.substring(0, 10) : null;
                            case "url" -> url = v;
                            case "language" -> lang = v;
                            default -> { }
                        }
                    }
                    body = raw.substring(sep == 0 ? 4 : sep + 5);
                }
                if (lang == null) lang = body.chars().filter(ch -> ch >= 0x600 && ch <= 0x6ff).count() * 2 > body.length() / 3 ? "ar" : "en";
                articles.accept(new Article(f.toString(), title, source, date, url, lang, body));
            } catch (IOException e) {
                problems.accept(new Problem(Problem.Severity.ERROR, f.toString(), e.getMessage()));
            }
        }
    }
}
