package org.diplograph.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplograph.store.KnowledgeStore;

/**
 * The claims of a store as a flat CSV table with GDELT-like columns, one row per claim (RFC 4180: comma-separated,
 * fields with a comma, quote or line break quoted, CRLF line ends; UTF-8; a header row). Built from one SPARQL SELECT
 * ({@code claims-table.rq} beside this class) over the union graph, in one read transaction.
 * <pre>
 *   try (OutputStream out = Files.newOutputStream(Path.of("claims.csv"))) {
 *       long rows = ClaimsCsv.write(store, out);
 *   }
 * </pre>
 * Codes are the concepts' {@code skos:notation}s ({@code normalisation}, {@code positive}, CAMEO {@code 051}, PLOVER
 * {@code SUPPORT}); {@code participants} are ISO 3166-1 alpha-3 or actor codes, sorted and space-separated;
 * {@code article_id} and {@code statement_id} are IRIs; {@code speaker} is the speaker's English name, else Arabic.
 */
public final class ClaimsCsv {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("date", "article_url", "article_id", "statement_id", "speaker",
            "speaker_type", "speaker_country", "speaker_org", "speaker_role", "act", "relation", "participants", "stance",
            "cameo_code", "plover_category", "evidence", "evidence_start", "evidence_end");

    private static final Query QUERY = load();

    private ClaimsCsv() {}

    /**
     * Writes the header and one row per claim to {@code out} (not closed) and returns the number of rows.
     */
    public static long write(KnowledgeStore store, OutputStream out) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(out, "out");
        DatasetGraph dsg = store.dataset();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long rows = Txn.calculateRead(dsg, () -> {
            long n = 0;
            try (QueryExec exec = QueryExec.dataset(dsg).query(QUERY).build()) {
                writeRecord(w, COLUMNS);
                RowSet rs = exec.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    writeRecord(w, COLUMNS.stream().map(c -> cell(b, c)).toList());
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the claims table", e);
            }
            return n;
        });
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims table", e);
        }
        return rows;
    }

    private static String cell(Binding b, String column) {
        Node n = b.get(column);
        if (n == null) return "";
        String s = n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        if (column.equals("participants"))   // GROUP_CONCAT has no order: sort for a stable table
            s = Arrays.stream(s.split(" ")).filter(t -> !t.isEmpty()).sorted().collect(Collectors.joining(" "));
        return s;
    }

    private static void writeRecord(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** A field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0)
            return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static Query load() {
        try (InputStream in = ClaimsCsv.class.getResourceAsStream("claims-table.rq")) {
            if (in == null) throw new IllegalStateException("claims-table.rq is missing from the jar");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claims-table.rq", e);
        }
    }
}
