package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.diplograph.cli.CliRuns.csvRows;
import static org.diplograph.cli.CliRuns.run;
import static java.util.Map.entry;

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
import org.diplograph.text.ArabicFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query of src/main/resources/queries, run through {@code query --format csv --file} on a store of
 * the two demo stories, answers what a reader of those stories expects: Zakharova (Russian Foreign Ministry) on
 * Turkey-Syria normalisation, Peskov (Kremlin) on Russia-US relations and contacts. A third, one-sentence story
 * adds the condemnation the demo lacks.
 */
class ExampleQueriesIT {
    private static final Path QUERIES = Path.of("src/main/resources/queries");
    private static final String ZAKHAROVA = "ماريا زاخاروفا";
    private static final String PESKOV = "دميتري بيسكوف";

    @TempDir static Path tmp;
    static Path store;
    static Path articles;

    /** What each query must answer on the demo store; a new query file needs an entry here. */
    private static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = Map.ofEntries(
            entry("claims-by-speaker.rq", rows -> {
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
            }),
            entry("statements-about-pair.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("evidence")).isNotBlank());
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get("speaker")).isEqualTo("Maria Zakharova");
                    assertThat(r.get("speakerCountry")).isEqualTo("RUS");
                    assertThat(r.get("relation")).isEqualTo("normalisation");
                    assertThat(r.get("stance")).isEqualTo("positive");
                });
                assertThat(rows).extracting(r -> r.get("speaker")).doesNotContain("Dmitry Peskov");
            }),
            entry("claims-per-country-and-relation.rq", rows -> {
                assertThat(rows).isNotEmpty();
                assertThat(rows).extracting(r -> r.get("speakerCountry")).as("both speakers speak for Russia")
                        .containsOnly("RUS");
                assertThat(rows).extracting(r -> r.get("relation") + "/" + r.get("stance"))
                        .contains("normalisation/positive", "relations/positive", "talks/positive");
                assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("claims"))).isPositive());
                List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("claims"))).toList();
                assertThat(counts).as("ordered by count within a country").isSortedAccordingTo((a, b) -> b - a);
            }),
            entry("statements-by-person.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("speakerAr")).isEqualTo(ZAKHAROVA);
                    assertThat(r.get("speakerEn")).isEqualTo("Maria Zakharova");
                    assertThat(r.get("country")).isEqualTo("RUS");
                    assertThat(r.get("date")).isEqualTo("2024-07-13");
                });
                assertThat(rows).anySatisfy(r -> {
                    assertThat(r.get("relation")).isEqualTo("normalisation");
                    assertThat(r.get("relationAr")).isEqualTo("التطبيع");
                    assertThat(r.get("stance")).isEqualTo("positive");
                    assertThat(r.get("evidence")).contains("تطبيع العلاقات بين تركيا وسوريا");
                });
            }),
            entry("statements-by-state.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("stateAr")).isEqualTo("روسيا");
                    assertThat(r.get("stateEn")).isEqualTo("Russia");
                    assertThat(r.get("role")).isEqualTo("spokesperson");
                });
                assertThat(rows).extracting(r -> r.get("speakerEn") + "/" + r.get("institution"))
                        .as("the Kremlin's and the Foreign Ministry's spokespeople")
                        .containsOnly("Dmitry Peskov/presidency", "Maria Zakharova/foreign-ministry");
                assertThat(rows).extracting(r -> r.get("speakerAr")).contains(ZAKHAROVA, PESKOV);
            }),
            entry("stance-over-time.rq", rows -> {
                assertThat(rows).extracting(r -> r.get("month")).as("July 2024, then the undated story")
                        .containsExactly("2024-07", "undated");
                assertThat(rows).allSatisfy(r -> {
                    assertThat(Integer.parseInt(r.get("positive"))).isPositive();
                    assertThat(r.get("negative")).isEqualTo("0");
                    assertThat(Integer.parseInt(r.get("claims"))).isEqualTo(Integer.parseInt(r.get("positive"))
                            + Integer.parseInt(r.get("negative")) + Integer.parseInt(r.get("neutral")));
                    assertThat(Double.parseDouble(r.get("tone"))).isPositive();
                });
            }),
            entry("who-condemned-whom.rq", rows ->
                    assertThat(rows).as("nobody condemns anything in the two demo stories").isEmpty()),
            entry("most-active-speakers.rq", rows -> {
                assertThat(rows).extracting(r -> r.get("speakerEn")).startsWith("Dmitry Peskov", "Maria Zakharova");
                assertThat(rows.subList(0, 2)).allSatisfy(r -> {
                    assertThat(r.get("country")).isEqualTo("RUS");
                    assertThat(r.get("articles")).isEqualTo("1");
                    assertThat(Integer.parseInt(r.get("statements"))).isGreaterThanOrEqualTo(3);
                    assertThat(Integer.parseInt(r.get("claims"))).isGreaterThanOrEqualTo(Integer.parseInt(r.get("statements")));
                });
                assertThat(rows.get(0).get("speakerAr")).isEqualTo(PESKOV);
                List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("statements"))).toList();
                assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
            }),
            entry("claims-per-relation-per-month.rq", rows -> {
                assertThat(rows).extracting(r -> r.get("month") + " " + r.get("relation") + " " + r.get("relationAr")
                                + " " + r.get("relationEn"))
                        .contains("2024-07 normalisation التطبيع normalisation", "undated relations العلاقات relations",
                                "undated talks المحادثات talks");
                assertThat(rows).extracting(r -> r.get("month")).isSorted();
                assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r.get("claims"))).isPositive());
            }),
            entry("search-evidence.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> {
                    assertThat(ArabicFolding.fold(r.get("evidence"))).contains("تطبيع");
                    assertThat(Double.parseDouble(r.get("score"))).isPositive();
                });
                // found behind the proclitics ل and ال
                assertThat(rows).extracting(r -> r.get("evidence"))
                        .anySatisfy(e -> assertThat(e).contains("لتطبيع العلاقات مع سوريا"))
                        .anySatisfy(e -> assertThat(e).contains("بمسار التطبيع"));
                assertThat(rows).extracting(r -> r.get("speakerEn")).contains("Maria Zakharova", "Dmitry Peskov");
            }),
            entry("statements-with-evidence-and-source.rq", rows -> {
                String body = CliRuns.body(articles.resolve("seed-1-zakharova-turkey-syria.txt"));
                List<Map<String, String>> zakharova = rows.stream().filter(r -> ZAKHAROVA.equals(r.get("speakerAr"))).toList();
                assertThat(zakharova).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("evidence")).as("the selector points at the evidence in the article body")
                            .isEqualTo(CliRuns.codePointSlice(body, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))));
                    assertThat(r.get("headline")).isEqualTo("روسيا تعلق على تطبيع العلاقات بين تركيا وسوريا");
                    assertThat(r.get("publisher")).isEqualTo("تركيا الآن");
                    assertThat(r.get("date")).isEqualTo("2024-07-13");
                    assertThat(r.get("url")).as("the demo files carry no URL").isEmpty();
                });
                assertThat(rows).extracting(r -> r.get("speakerAr")).contains(PESKOV);
            }),
            entry("wikidata-join.rq", rows -> {
                assertThat(rows).isNotEmpty().allSatisfy(r -> {
                    assertThat(r.get("country")).isEqualTo("RUS");
                    assertThat(r.get("qid")).isEqualTo("Q159");
                    assertThat(r.get("wikidata")).isEqualTo("http://www.wikidata.org/entity/Q159");
                    assertThat(r.get("countryAr")).isEqualTo("روسيا");
                });
                assertThat(rows).extracting(r -> r.get("speakerEn")).contains("Maria Zakharova", "Dmitry Peskov");
            }));

    /** A third story, only for the condemnation query: the demo stories condemn nothing. */
    private static final String CONDEMNATION = """
            title: تركيا تدين الهجوم
            source: test
            date: 2024-08-02
            language: ar
            ---
            أدانت وزارة الخارجية التركية بشدة الهجوم الإسرائيلي على غزة.
            """;

    @BeforeAll
    static void ingestTheDemoArticles() {
        store = tmp.resolve("kg");
        articles = CliRuns.demoArticles(tmp);
        Run r = run("ingest", "--store", store.toString(), articles.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void whoCondemnedWhomFindsACondemnationAndStanceOverTimeShowsItsMonth() throws IOException {
        Path more = tmp.resolve("more");
        Files.createDirectories(more);
        Files.writeString(more.resolve("condemnation.txt"), CONDEMNATION);
        Path kg = tmp.resolve("kg-condemnation");
        assertThat(run("ingest", "--store", kg.toString(), articles.toString()).code()).isZero();
        assertThat(run("ingest", "--store", kg.toString(), more.toString()).code()).isZero();

        List<Map<String, String>> condemned = csvRows(query(kg, "who-condemned-whom.rq"));
        // one condemnation of an Israeli attack on Gaza: its actors are Israel and (Gaza standing for) Palestine
        assertThat(condemned).extracting(r -> r.get("target")).containsExactlyInAnyOrder("ISR", "PSE");
        assertThat(condemned).filteredOn(r -> r.get("target").equals("ISR")).singleElement().satisfies(r -> {
            assertThat(r.get("speakerCountry")).isEqualTo("TUR");
            assertThat(r.get("targetAr")).isEqualTo("إسرائيل");
            assertThat(r.get("targetEn")).isEqualTo("Israel");
            assertThat(r.get("date")).isEqualTo("2024-08-02");
            assertThat(r.get("evidence")).contains("الهجوم الإسرائيلي");
        });
        assertThat(csvRows(query(kg, "stance-over-time.rq"))).anySatisfy(r -> {
            assertThat(r.get("month")).isEqualTo("2024-08");
            assertThat(Integer.parseInt(r.get("negative"))).isPositive();
            assertThat(Double.parseDouble(r.get("tone"))).isNegative();
        });
    }

    private static String query(Path kg, String file) {
        Run r = run("query", "--store", kg.toString(), "--format", "csv", "--file", QUERIES.resolve(file).toString());
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
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
