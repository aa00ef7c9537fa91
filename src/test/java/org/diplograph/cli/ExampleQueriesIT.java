package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.diplograph.cli.CliRuns.csvRows;
import static org.diplograph.cli.CliRuns.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query of src/main/resources/queries, run through {@code query --format csv --file} on a store of
 * the two demo stories, answers what a reader of those stories expects: Zakharova (Russian Foreign Ministry) on
 * Turkey-Syria normalisation, Peskov (Kremlin) on Russia-US relations and contacts.
 */
class ExampleQueriesIT {
    private static final Path QUERIES = Path.of("src/main/resources/queries");
    private static final String ZAKHAROVA = "ماريا زاخاروفا";
    private static final String PESKOV = "دميتري بيسكوف";

    @TempDir static Path tmp;
    static Path store;

    /** What each query must answer on the demo store; a new query file needs an entry here. */
    private static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = Map.of(
            "claims-by-speaker.rq", rows -> {
                assertThat(rows).extracting(r -> r.get("speaker")).contains(ZAKHAROVA, PESKOV);
                assertThat(rows).filteredOn(r -> Set.of(ZAKHAROVA, PESKOV).contains(r.get("speaker")))
                        .allSatisfy(r -> assertThat(r.get("country")).isEqualTo("RUS"));
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get("speaker")).isEqualTo(ZAKHAROVA);
                    assertThat(r.get("relation")).isEqualTo("normalisation");
                    assertThat(codes(r.get("participants"))).isEqualTo(Set.of("TUR", "SYR"));
                    assertThat(r.get("stance")).isEqualTo("positive");
                    assertThat(r.get("date")).isEqualTo("2024-07-13");
                    assertThat(r.get("evidence")).contains("تطبيع العلاقات بين تركيا وسوريا");
                });
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get("speaker")).isEqualTo(PESKOV);
                    assertThat(r.get("relation")).isEqualTo("relations");
                    assertThat(codes(r.get("participants"))).isEqualTo(Set.of("RUS", "USA"));
                    assertThat(r.get("stance")).isEqualTo("positive");
                });
                assertThat(rows).filteredOn(r -> r.get("speaker").equals(PESKOV))
                        .extracting(r -> r.get("relation")).contains("talks");
                // newest first: the dated story (Zakharova) before the undated one (Peskov)
                assertThat(rows.get(0).get("date")).isEqualTo("2024-07-13");
                assertThat(rows.get(rows.size() - 1).get("date")).isEmpty();
            },
            "statements-about-pair.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("evidence")).isNotBlank());
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get("speaker")).isEqualTo("Maria Zakharova");
                    assertThat(r.get("speakerCountry")).isEqualTo("RUS");
                    assertThat(r.get("relation")).isEqualTo("normalisation");
                    assertThat(r.get("stance")).isEqualTo("positive");
                });
                assertThat(rows).extracting(r -> r.get("speaker")).doesNotContain("Dmitry Peskov");
            },
            "claims-per-country-and-relation.rq", rows -> {
                assertThat(rows).isNotEmpty();
                assertThat(rows).extracting(r -> r.get("speakerCountry")).as("both speakers speak for Russia")
                        .containsOnly("RUS");
                assertThat(rows).extracting(r -> r.get("relation") + "/" + r.get("stance"))
                        .contains("normalisation/positive", "relations/positive", "talks/positive");
                assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("claims"))).isPositive());
                List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("claims"))).toList();
                assertThat(counts).as("ordered by count within a country").isSortedAccordingTo((a, b) -> b - a);
            });

    @BeforeAll
    static void ingestTheDemoArticles() {
        store = tmp.resolve("kg");
        Run r = run("ingest", "--store", store.toString(), CliRuns.demoArticles(tmp).toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreExampleQueries() throws IOException {
        assertThat(queryFiles()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void exampleQueryAnswersWhatTheDemoStoriesSay(Path file) {
        Run r = run("query", "--store", store.toString(), "--format", "csv", "--file", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Consumer<List<Map<String, String>>> expectation = EXPECTED.get(file.getFileName().toString());
        if (expectation == null) fail("no expectation for %s; add one to ExampleQueriesIT.EXPECTED", file);
        expectation.accept(csvRows(r.out()));
    }

    private static Set<String> codes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
