package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity on the demo store: one node per Wikidata item, and every statement with speaker, article and evidence. */
class DemoStoreIdentityIT {
    @TempDir static Path tmp;
    static Path store;

    @BeforeAll
    static void ingestDemo() {
        store = tmp.resolve("kg");
        assertThat(CliRuns.run("ingest", "--store", store.toString(), CliRuns.demoArticles(tmp).toString()).code()).isZero();
    }

    @Test
    void noWikidataItemHasTwoNodes() {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?item (COUNT(DISTINCT ?node) AS ?nodes)
                WHERE { ?node owl:sameAs ?item }
                GROUP BY ?item HAVING (COUNT(DISTINCT ?node) > 1)
                """;
        List<Map<String, String>> rows = rows(q);
        assertThat(rows).isEmpty();
        assertThat(rows("SELECT (COUNT(*) AS ?n) WHERE { ?node <http://www.w3.org/2002/07/owl#sameAs> ?item }"))
                .singleElement().satisfies(r -> assertThat(Integer.parseInt(r.get("n"))).isGreaterThan(190));
    }

    @Test
    void everyStatementHasASpeakerAnArticleAndEvidence() {
        String q = """
                PREFIX dg: <https://w3id.org/diplograph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT (COUNT(?s) AS ?all) (COUNT(?complete) AS ?ok)
                WHERE {
                  ?s a dg:Statement .
                  OPTIONAL { ?s prov:wasAttributedTo ?who ; prov:wasDerivedFrom ?article ; dg:evidence/oa:exact ?text .
                             BIND(?s AS ?complete) }
                }
                """;
        assertThat(rows(q)).singleElement().satisfies(r -> {
            assertThat(Integer.parseInt(r.get("all"))).isPositive();
            assertThat(r.get("ok")).isEqualTo(r.get("all"));
        });
    }

    private static List<Map<String, String>> rows(String query) {
        CliRuns.Run r = CliRuns.run("query", "--store", store.toString(), "--format", "csv", query);
        assertThat(r.code()).as(r.err()).isZero();
        return CliRuns.csvRows(r.out());
    }
}
