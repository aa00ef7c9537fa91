package org.diplograph.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.model.Problem;

/**
 * The {@code --report FILE} of {@code ingest} and {@code extract}: counts and every problem as JSON, each problem
 * split into the file and the record inside it ({@code L7} line, {@code R3} WARC record, {@code 2} array index).
 * <pre>
 *   {"command":"ingest","counts":{"added":2,...},"problems":[{"severity":"error","file":"a.jsonl","record":"L3",
 *    "message":"not valid JSON: ..."}]}
 * </pre>
 */
public final class ReportFile {
    private static final Pattern RECORD = Pattern.compile("(.*)#(L\\d+|R\\d+|\\d+)");

    private ReportFile() {}

    /** Writes the report to {@code file}. @throws IOException when it cannot be written */
    public static void write(Path file, String command, Map<String, ? extends Number> counts, List<Problem> problems)
            throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("command", command);
        root.put("counts", counts);
        List<Map<String, String>> list = new ArrayList<>();
        for (Problem p : problems) list.add(entry(p));
        root.put("problems", list);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    static Map<String, String> entry(Problem p) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        Matcher m = RECORD.matcher(p.source());
        e.put("file", m.matches() ? m.group(1) : p.source());
        e.put("record", m.matches() ? m.group(2) : null);
        e.put("message", p.message());
        return e;
    }
}
