package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexIT {
    private static final String FIND = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?g ?s ?label { GRAPH ?g { (?s ?score ?label) text:query ('%s' 'lang:%s') } } ORDER BY ?s""";

    @TempDir Path tmp;

    private static Graph ministry(String key, String arabic, String english) {
        return RDFParser.fromString("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX oa:   <http://www.w3.org/ns/oa#>
                <https://w3id.org/diplograph/id/institution/%1$s> skos:prefLabel "%2$s"@ar ; skos:altLabel "%3$s"@en .
                <https://w3id.org/diplograph/id/statement/%1$s/1#evidence> oa:exact "قال المتحدث باسم %2$s"@ar .
                """.formatted(key, arabic, english), Lang.TURTLE).toGraph();
    }

    @Test
    void findsArabicLabelsAndEvidenceByStemAndKeepsTheIndexInStepWithReplace() {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.openWithTextIndex(dir)) {
            assertThat(store.hasTextIndex()).isTrue();
            store.replaceGraph(TinyGraphs.articleGraph("k1"), ministry("RUS", "وزارة الخارجية الروسية", "Russian Foreign Ministry"));
            // "الخارجية" (with the article) matches "خارجية": Arabic normalisation and light stemming.
            assertThat(csv(store, FIND.formatted("خارجية", "ar")))
                    .contains("institution/RUS,وزارة الخارجية الروسية", "statement/RUS/1#evidence");
            assertThat(csv(store, FIND.formatted("ministry", "en"))).contains("Russian Foreign Ministry");

            store.replaceGraph(TinyGraphs.articleGraph("k1"), ministry("TUR", "وزارة الدفاع التركية", "Turkish Defence Ministry"));
            assertThat(csv(store, FIND.formatted("خارجية", "ar")).lines()).hasSize(1);
            assertThat(csv(store, FIND.formatted("الدفاع", "ar"))).contains("institution/TUR");
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(dir)) {
            assertThat(reopened.hasTextIndex()).isTrue();
            assertThat(csv(reopened, FIND.formatted("الدفاع", "ar"))).contains("institution/TUR");
            // The union of the named graphs is still the default graph through the index wrapper.
            assertThat(csv(reopened, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo("n\r\n3\r\n");
        }
    }

    @Test
    void everyStoreOnDiskHasAnIndexAndAThrowAwayStoreHasNone() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("plain"))) {
            assertThat(store.hasTextIndex()).isTrue();
        }
        assertThat(tmp.resolve("plain").resolve(TextIndexedStore.TEXT_DIR)).isDirectory();
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertThat(store.hasTextIndex()).isFalse();
        }
    }

    private static String csv(KnowledgeStore store, String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(query, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
