package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Shared helpers of the command-line ITs: running a command, the bundled demo articles, article bodies, CSV. */
final class CliRuns {
    /** The bundled demo articles copied to {@code dir}/articles. */
    static Path demoArticles(Path dir) { return org.diplograph.testing.DemoArticles.copyTo(dir); }

    /** Rows of a CSV table with a header row. */
    static List<Map<String, String>> csvRows(String csv) { return org.diplograph.testing.Csv.rows(csv); }

    private CliRuns() {}

    /** Exit code and captured standard output and error of one command. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }



    /** A folder or file of the test resources (target/test-classes). */
    static Path testResource(String name) {
        URL url = CliRuns.class.getResource(name);
        if (url == null) throw new IllegalStateException(name + " is not in the test resources");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a text article as the spec defines it: everything after the first line that is exactly "---". */
    static String body(Path textFile) {
        String text = read(textFile);
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            if (nl < 0) break;
            String line = text.substring(pos, nl);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.equals("---")) return text.substring(nl + 1);
            pos = nl + 1;
        }
        return text;
    }

    /** {@code s[start:end]} in Unicode code points, as Python slices a str. */
    static String codePointSlice(String s, int start, int end) {
        int from = s.offsetByCodePoints(0, start);
        return s.substring(from, s.offsetByCodePoints(from, end - start));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
