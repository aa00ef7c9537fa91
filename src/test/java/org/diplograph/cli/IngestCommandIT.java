package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.csvRows;
import static org.diplograph.cli.CliRuns.demoArticles;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest}, {@code stats}, {@code validate} and {@code export} on a fresh store of the demo articles. */
class IngestCommandIT {
    @TempDir Path tmp;
    Path store;
    Path articles;

    @BeforeEach
    void setUp() {
        store = tmp.resolve("kg");
        articles = demoArticles(tmp);
    }

    @Test
    void ingestingTheDemoArticlesAddsBoth() {
        Run r = run("ingest", "--store", store.toString(), articles.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().findFirst()).hasValue("ingested 2 articles: 2 added, 0 replaced, 0 unchanged, 0 rejected");
        assertThat(r.out()).contains("store %s: ".formatted(store));
    }

    @Test
    void reingestingChangesNoQuad() {
        assertThat(ingest().code()).isZero();
        Set<String> before = exportedQuads();
        Map<String, Long> statsBefore = stats();

        Run again = ingest();
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out().lines().findFirst()).hasValue("ingested 2 articles: 0 added, 0 replaced, 2 unchanged, 0 rejected");
        assertThat(exportedQuads()).isEqualTo(before);
        assertThat(stats()).isEqualTo(statsBefore);
    }

    @Test
    void replaceRewritesEveryGraphAndKeepsTheCounts() {
        assertThat(ingest().code()).isZero();
        Map<String, Long> statsBefore = stats();
        int quadsBefore = exportedQuads().size();

        Run r = run("ingest", "--replace", "--store", store.toString(), articles.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("ingested 2 articles: 0 added, 2 replaced, 0 unchanged, 0 rejected");
        assertThat(stats()).isEqualTo(statsBefore);
        assertThat(exportedQuads()).hasSize(quadsBefore);
    }

    @Test
    void theIngestedStoreConforms() {
        assertThat(ingest().code()).isZero();
        Run r = run("validate", "--store", store.toString());
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("conforms: ");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void statsCountTheDemoArticlesAndStayStable() {
        assertThat(ingest().code()).isZero();
        Map<String, Long> first = stats();
        assertThat(first).containsKeys("articles", "statements", "claims", "agents", "triples", "graphs");
        assertThat(first.get("articles")).isEqualTo(2L);
        assertThat(first.values()).allMatch(n -> n > 0);
        assertThat(first.get("claims")).isGreaterThanOrEqualTo(first.get("statements"));
        assertThat(stats()).isEqualTo(first);
    }

    @Test
    void anArticleEditedInPlaceReplacesItsGraph() throws Exception {
        // with a url: header the article's key is its URL, so the edited file is the same article
        Path dir = Files.createDirectory(tmp.resolve("edited"));
        Path file = dir.resolve("story.txt");
        String header = "title: Story\nurl: https://example.org/news/story-1\nlanguage: en\n---\n";
        Files.writeString(file, header + "Turkey condemns the attack on Syria.\n", StandardCharsets.UTF_8);
        Run first = run("ingest", "--store", store.toString(), dir.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ingested 1 articles: 1 added");
        assertThat(bodies()).containsExactly("Turkey condemns the attack on Syria.\n");

        Files.writeString(file, header + "Turkey welcomes talks with Syria.\n", StandardCharsets.UTF_8);
        Run second = run("ingest", "--store", store.toString(), dir.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out().lines().findFirst()).hasValue("ingested 1 articles: 0 added, 1 replaced, 0 unchanged, 0 rejected");
        assertThat(stats().get("articles")).isEqualTo(1L);
        assertThat(bodies()).containsExactly("Turkey welcomes talks with Syria.\n");
        assertThat(evidence()).isNotEmpty().noneMatch(e -> e.contains("condemns"));
    }

    private Run ingest() {
        return run("ingest", "--store", store.toString(), articles.toString());
    }

    private Set<String> exportedQuads() {
        Run r = run("export", "--store", store.toString(), "--format", "nquads");
        assertThat(r.code()).as(r.err()).isZero();
        Set<String> quads = r.out().lines().filter(l -> !l.isBlank()).collect(Collectors.toSet());
        assertThat(quads).isNotEmpty();
        return quads;
    }

    private Map<String, Long> stats() {
        Run r = run("stats", "--store", store.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        try {
            return new ObjectMapper().readValue(r.out(),
                    new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (IOException e) {
            throw new AssertionError("stats --json printed no JSON object: " + r.out(), e);
        }
    }

    private List<String> bodies() {
        return select("PREFIX schema: <http://schema.org/> SELECT ?b { ?a schema:articleBody ?b }", "b");
    }

    private List<String> evidence() {
        return select("PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?e { ?x oa:exact ?e }", "e");
    }

    private List<String> select(String query, String var) {
        Run r = run("query", "--store", store.toString(), "--format", "csv", query);
        assertThat(r.code()).as(r.err()).isZero();
        return csvRows(r.out()).stream().map(row -> row.get(var)).toList();
    }
}
