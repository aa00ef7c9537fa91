package org.diplograph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bundled demo articles (data/articles, packaged as {@code /articles}) copied to a folder tests can read. */
public final class DemoArticles {
    private DemoArticles() {}

    /**
     * Copies the demo articles (from the jar that failsafe puts on the class path, or from target/classes) to
     * {@code dir}/articles and returns that folder; only the articles (*.txt), not the folder's README.
     */
    public static Path copyTo(Path dir) {
        URL url = DemoArticles.class.getResource("/articles");
        if (url == null) throw new IllegalStateException("/articles is not on the class path; run the ITs through mvn verify");
        Path target = dir.resolve("articles");
        try {
            if (url.getProtocol().equals("jar")) {
                Path jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    copyTree(fs.getPath("/articles"), target);
                }
            } else {
                copyTree(Path.of(url.toURI()), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else if (f.toString().endsWith(".txt")) Files.copy(f, t);
            }
        }
    }
}
