package org.diplograph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A tiny annotated corpus written for the tests (test resource {@code /train-fixture}): eight short Arabic articles
 * in {@code articles/ar/001.txt …} and their gold files in {@code gold/ar/001.json …}. Each article has one speaker
 * the gold lists and one speaker-like candidate it does not (the second of two coordinated states, or a second
 * unknown name), except where the gold lists both.
 */
public final class TrainFixture {
    /** Articles in the fixture. */
    public static final int ARTICLES = 8;
    /** Gold statements over all its gold files. */
    public static final int GOLD_STATEMENTS = 13;

    private TrainFixture() {}

    /** Copies the fixture to {@code dir} (as {@code dir/gold} and {@code dir/articles}) and returns the gold folder. */
    public static Path copyTo(Path dir) {
        URL url = TrainFixture.class.getResource("/train-fixture");
        if (url == null) throw new IllegalStateException("/train-fixture is not in the test resources");
        try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
            Path from = Path.of(url.toURI());
            for (Path f : files.sorted().toList()) {
                Path t = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return dir.resolve("gold");
    }
}
