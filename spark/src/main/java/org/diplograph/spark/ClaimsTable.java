package org.diplograph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.diplograph.format.ClaimsCsv;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The claims table of {@code export --format csv} (same query, same columns, in {@link ClaimsCsv#COLUMNS} order) for
 * one article graph read with the ontology and the lexicon, as Spark rows with typed columns: {@code date} a date,
 * {@code participants} an array of codes (sorted), {@code evidence_start}/{@code evidence_end} integers (code points),
 * everything else strings; a missing value is null.
 */
final class ClaimsTable {
    private static final List<String> DATES = List.of("date");
    private static final List<String> INTS = List.of("evidence_start", "evidence_end");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The Parquet schema of the claims table. */
    static final StructType SCHEMA = schema();

    private static final Query QUERY = load();

    private ClaimsTable() {}

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : ClaimsCsv.COLUMNS) {
            DataType type = DATES.contains(c) ? DataTypes.DateType
                    : INTS.contains(c) ? DataTypes.IntegerType
                    : c.equals("participants") ? DataTypes.createArrayType(DataTypes.StringType, false)
                    : DataTypes.StringType;
            boolean nullable = !c.equals("participants") && !c.equals("article_id") && !c.equals("statement_id");
            fields.add(DataTypes.createStructField(c, type, nullable));
        }
        return DataTypes.createStructType(fields);
    }

    /** The rows of one article: its graph read together with {@code vocabulary} (ontology and lexicon). */
    static List<Row> rows(Graph article, Graph vocabulary) {
        List<Row> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.graph(new Union(article, vocabulary)).query(QUERY).build()) {
            RowSet rs = exec.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Object[] values = new Object[ClaimsCsv.COLUMNS.size()];
                for (int i = 0; i < values.length; i++) values[i] = value(b, ClaimsCsv.COLUMNS.get(i));
                rows.add(RowFactory.create(values));
            }
        }
        return rows;
    }

    private static Object value(Binding b, String column) {
        Node n = b.get(column);
        String s = n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        if (column.equals("participants"))   // a Scala Seq: what a Row holds for an array column
            return CollectionConverters.asScala(Arrays.stream(s.split(" ")).filter(t -> !t.isEmpty()).sorted().toList()).toList();
        if (s.isEmpty()) return null;
        if (DATES.contains(column))
            return s.length() >= 10 && ISO_DATE.matcher(s.substring(0, 10)).matches() ? Date.valueOf(s.substring(0, 10)) : null;
        if (INTS.contains(column)) {
            try {
                return Integer.valueOf(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return s;
    }

    private static Query load() {
        try (InputStream in = ClaimsCsv.class.getResourceAsStream("claims-table.rq")) {
            if (in == null) throw new IllegalStateException("claims-table.rq is missing from the diplograph jar");
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claims-table.rq", e);
        }
    }
}
