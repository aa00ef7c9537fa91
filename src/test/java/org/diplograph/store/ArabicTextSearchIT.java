package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code text:query} over a store on disk, analysed by {@link ArabicFoldingAnalyzer}. */
@Tag("issue-5")
class ArabicTextSearchIT {
    private static final String FIND = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?label { GRAPH ?g { (?s ?score ?label) text:query (%s) } } ORDER BY ?label""";

    @TempDir Path tmp;

    /** An article graph whose evidence texts are {@code texts}, one selector each. */
    private static Graph evidence(String key, String... texts) {
        StringBuilder ttl = new StringBuilder("PREFIX oa: <http://www.w3.org/ns/oa#>\n");
        for (int i = 0; i < texts.length; i++)
            ttl.append("<https://w3id.org/diplograph/id/statement/%s/%d#evidence> oa:exact \"%s\"@ar .\n"
                    .formatted(key, i + 1, texts[i]));
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "الروسية, أكد المتحدث باسم الرئاسة والروسية",
            "زاخاروفا, قالت مَارِيَا زَاخَارُوفَا",
            "زاخاروفا, قالت ماريا زاخـــاروفا",
            "خارجية, وزارة الخارجية الروسية",
            "امريكا, العلاقات بين روسيا وأمريكا",
            "الأمريكية, ونظيرتها الامريكيه"})
    void findsCliticDiacriticAndSpellingVariants(String word, String text) {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"))) {
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", text, "نص آخر لا علاقة له"));
            assertThat(labels(store, "'%s' 'lang:ar'".formatted(word))).containsExactly(text);
            assertThat(labels(store, "'%s'".formatted(word))).as("without a language filter").containsExactly(text);
        }
    }

    @ParameterizedTest(name = "{0} finds what {1} finds")
    @Tag("issue-12")
    @CsvSource({"والتطبيع, التطبيع", "وزاخاروفا, زاخاروفا", "بالتطبيع, تطبيع"})
    void aQueryWordWithProcliticsFindsWhatItsBareFormFinds(String withClitics, String bare) {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"))) {
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", "رحبت موسكو بالتطبيع بين أنقرة ودمشق",
                    "قالت ماريا زاخاروفا إن التطبيع ممكن", "نص آخر لا علاقة له"));
            List<String> expected = labels(store, "'%s' 'lang:ar'".formatted(bare));
            assertThat(expected).isNotEmpty();
            assertThat(labels(store, "'%s' 'lang:ar'".formatted(withClitics))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void ministryDoesNotFindVisitedAndViceVersa() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"))) {
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", "زار الرئيس موسكو", "وزارة الخارجية"));
            assertThat(labels(store, "'وزارة' 'lang:ar'")).containsExactly("وزارة الخارجية");
            assertThat(labels(store, "'زار' 'lang:ar'")).containsExactly("زار الرئيس موسكو");
        }
    }

    @Test
    void theIndexFollowsReIngest() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("kg"))) {
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", "تطبيع العلاقات بين تركيا وسوريا"));
            assertThat(labels(store, "'سوريا'")).hasSize(1);
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", "العلاقات بين روسيا والولايات المتحدة"));
            assertThat(labels(store, "'سوريا'")).as("the replaced article's old text").isEmpty();
            assertThat(labels(store, "'الولايات'")).containsExactly("العلاقات بين روسيا والولايات المتحدة");
            store.removeGraph(TinyGraphs.articleGraph("a"));
            assertThat(labels(store, "'الولايات'")).isEmpty();
        }
    }

    @Test
    void aStoreWithoutIndexOrWithAStaleOneGetsItRebuiltFromItsData() throws IOException {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(TinyGraphs.articleGraph("a"), evidence("a", "والروسية"));
        }
        deleteTree(dir.resolve(TextIndexedStore.TEXT_DIR));
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertThat(labels(store, "'الروسية'")).containsExactly("والروسية");
        }
        Files.writeString(dir.resolve(TextIndexedStore.TEXT_DIR).resolve(TextIndexedStore.MARKER), "an older analyzer\n");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertThat(labels(store, "'روسية'")).containsExactly("والروسية");
        }
        assertThat(Files.readString(dir.resolve(TextIndexedStore.TEXT_DIR).resolve(TextIndexedStore.MARKER)).strip())
                .isEqualTo(TextIndexedStore.ANALYZER_VERSION);
    }

    private static List<String> labels(KnowledgeStore store, String args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(FIND.formatted(args), ResultFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.subList(1, lines.size());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
