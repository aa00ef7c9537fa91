package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Shared helpers of the command-line ITs: running a command, the bundled demo articles, article bodies, CSV. */
final class CliRuns {
    private CliRuns() {}

    /** Exit code and captured standard output and error of one command. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Copies the demo articles (data/articles, packaged as /articles: in the jar that failsafe puts on the
     * class path, or in target/classes) to {@code dir}/articles and returns that folder.
     */
    static Path demoArticles(Path dir) {
        URL url = CliRuns.class.getResource("/articles");
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
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        }
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

    /** RFC 4180 CSV with a header row (as Jena writes SELECT results) to one map per row, column order kept. */
    static List<Map<String, String>> csvRows(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        if (records.isEmpty()) throw new IllegalArgumentException("CSV without a header row");
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != header.size())
                throw new IllegalArgumentException("CSV row %s has %d fields, header %s has %d".formatted(r, r.size(), header, header.size()));
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), r.get(i));
            rows.add(row);
        }
        return rows;
    }
}
