package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.cli.CliRuns.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.bench.CorpusGenerator;
import org.diplograph.cli.CliRuns.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} at corpus scale: bad records in the report, and a run killed mid-way that a rerun completes. */
@Tag("issue-6")
class IngestScaleIT {
    @TempDir Path tmp;

    @Test
    void badRecordsAreInTheReportTheRestIsStoredAndTheExitCodeIsOne() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"url\":\"https://a.example/1\",\"maintext\":\"Turkey welcomes talks with Syria.\"}",
                "{\"url\": broken",
                "{\"url\":\"https://a.example/3\",\"maintext\":\"\"}",
                "{\"url\":\"https://a.example/4\",\"maintext\":\"Egypt condemned the attack on Syria.\"}"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.jsonl.gz"), "not gzip".getBytes(StandardCharsets.UTF_8));
        Path report = tmp.resolve("report.json");
        Path store = tmp.resolve("kg");
        Run r = run("ingest", "--store", store.toString(), "--report", report.toString(), dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out().lines().findFirst()).hasValue("ingested 5 articles: 2 added, 0 replaced, 0 unchanged, 3 rejected");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("counts").get("added").asInt()).isEqualTo(2);
        List<String> problems = new ArrayList<>();
        json.get("problems").forEach(p -> problems.add(Path.of(p.get("file").asText()).getFileName() + " " + p.get("record").asText()
                + " " + p.get("message").asText().split(":")[0]));
        assertThat(problems).containsExactly("a.jsonl L2 not valid JSON", "a.jsonl L3 empty body (no \"maintext\")",
                "b.jsonl.gz null not gzip data, skipped");
        assertThat(r.err().lines()).hasSize(3);
    }

    @Test
    void aKilledIngestLeavesAConsistentStoreAndARerunCompletesIt() throws Exception {
        int n = 500;
        Path corpus = tmp.resolve("corpus");
        CorpusGenerator.write(corpus, n, 200);
        Path store = tmp.resolve("kg");

        // a child JVM, killed (SIGKILL) once it has committed at least two batches
        Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "org.diplograph.cli.Main", "ingest", "--progress", "--batch", "50", "--store", store.toString(), corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long committed = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.matches("\\d+ articles.*")) committed = Long.parseLong(line.substring(0, line.indexOf(' ')));
                if (committed >= 100) break;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("killed mid-run").isBetween(100L, (long) n - 1);
        long afterKill = articles(store);
        assertThat(afterKill).as("whole batches only").isGreaterThanOrEqualTo(100).isLessThan(n);

        Run rerun = run("ingest", "--store", store.toString(), corpus.toString());
        assertThat(rerun.out()).contains("0 replaced");
        assertThat(articles(store)).isEqualTo(n - rejected(rerun));
        assertThat(bodiesPerArticle(store)).as("every article once, each with one body").containsOnly("1");

        Run again = run("ingest", "--store", store.toString(), corpus.toString());
        assertThat(again.out().lines().findFirst()).hasValue("ingested %d articles: 0 added, 0 replaced, %d unchanged, %d rejected"
                .formatted(n, n - rejected(again), rejected(again)));
        Run validate = run("validate", "--store", store.toString());
        assertThat(validate.code()).as(validate.out()).isZero();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    private static long rejected(Run r) {
        String first = r.out().lines().findFirst().orElseThrow();
        return Long.parseLong(first.replaceAll(".* (\\d+) rejected$", "$1"));
    }

    private static long articles(Path store) {
        Run r = run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }");
        assertThat(r.code()).as(r.err()).isZero();
        return Long.parseLong(CliRuns.csvRows(r.out()).get(0).get("n"));
    }

    private static List<String> bodiesPerArticle(Path store) {
        Run r = run("query", "--store", store.toString(), "--format", "csv",
                "SELECT ?a (COUNT(?b) AS ?n) { ?a <http://schema.org/articleBody> ?b } GROUP BY ?a");
        assertThat(r.code()).as(r.err()).isZero();
        return CliRuns.csvRows(r.out()).stream().map(row -> row.get("n")).toList();
    }
}
