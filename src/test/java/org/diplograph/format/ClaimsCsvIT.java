package org.diplograph.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.diplograph.rdf.Iris;
import org.diplograph.server.DemoStore;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.ResultFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims table of the demo store. */
@Tag("issue-4")
class ClaimsCsvIT {
    @TempDir static Path tmp;
    private static KnowledgeStore store;
    private static String csv;
    private static long written;

    @BeforeAll
    static void exportTheDemoStore() {
        store = DemoStore.create(Iris.defaultBase(), tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        written = ClaimsCsv.write(store, out);
        csv = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    @Test
    void hasTheHeaderAndOneRowPerClaim() {
        assertThat(csv).startsWith(String.join(",", ClaimsCsv.COLUMNS) + "\r\n");
        List<Map<String, String>> rows = org.diplograph.testing.Csv.rows(csv);
        long claims = select("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a <https://w3id.org/diplograph/ontology#Claim> }");
        assertThat(claims).isPositive();
        assertThat(rows).hasSize((int) claims);
        assertThat(written).isEqualTo(claims);
        assertThat(rows.stream().map(r -> r.get("statement_id") + " " + r.get("evidence_start")).distinct()).hasSize((int) claims);
    }

    @Test
    void rowsCarryCodesEvidenceAndOffsets() {
        List<Map<String, String>> rows = org.diplograph.testing.Csv.rows(csv);
        Map<String, String> zakharova = rows.stream()
                .filter(r -> r.get("speaker").equals("Maria Zakharova") && r.get("relation").equals("normalisation")
                        && r.get("participants").equals("SYR TUR"))
                .findFirst().orElseThrow(() -> new AssertionError("no Zakharova normalisation claim in\n" + csv));
        assertThat(zakharova).containsEntry("date", "2024-07-13").containsEntry("speaker_type", "person")
                .containsEntry("speaker_country", "RUS").containsEntry("speaker_role", "spokesperson")
                .containsEntry("stance", "positive").containsEntry("act", "assert");
        assertThat(zakharova.get("cameo_code")).matches("\\d{3}");
        assertThat(zakharova.get("article_id")).startsWith(Iris.defaultBase().idNamespace() + "article/");
        assertThat(zakharova.get("statement_id")).startsWith(Iris.defaultBase().idNamespace() + "statement/");
        assertThat(zakharova.get("article_url")).as("the demo article has no URL").isEmpty();
        for (Map<String, String> r : rows) {
            int start = Integer.parseInt(r.get("evidence_start"));
            int end = Integer.parseInt(r.get("evidence_end"));
            assertThat(end - start).as(r.toString()).isEqualTo(r.get("evidence").codePointCount(0, r.get("evidence").length()));
            assertThat(r.get("participants").split(" ")).as("sorted participants").isSorted();
        }
    }

    private static long select(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(QueryFactory.create(query), Map.of(), ResultFormat.CSV, out);
        return Long.parseLong(out.toString(StandardCharsets.UTF_8).split("\r\n")[1].strip());
    }

}
