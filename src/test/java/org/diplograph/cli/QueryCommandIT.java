package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandIT {
    private static CliRuns.Run run(String... args) { return CliRuns.run(args); }

    static final String STATEMENTS =
            "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT ?s { ?s a dg:Statement } ORDER BY ?s";

    @TempDir Path tmp;
    Path store;

    @BeforeEach
    void seedStore() {
        store = TinyGraphs.seededStore(tmp, "a1", "a2");
    }

    @Test
    void printsATableByDefault() {
        CliRuns.Run r = run("query", "--store", store.toString(), STATEMENTS);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("| s ", "| <https://w3id.org/diplograph/id/statement/a1/1> |");
    }

    @Test
    void printsCsv() {
        CliRuns.Run r = run("query", "--store", store.toString(), "--format", "csv", STATEMENTS);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("s\r\nhttps://w3id.org/diplograph/id/statement/a1/1\r\n"
                + "https://w3id.org/diplograph/id/statement/a2/1\r\n");
    }

    @Test
    void printsJsonOfAQueryFromAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("q.rq"), STATEMENTS);
        CliRuns.Run r = run("query", "--store", store.toString(), "--format", "json", "--file", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"vars\": [ \"s\" ]", "statement/a2/1");
    }

    @Test
    void printsArabicTextIntact() {
        CliRuns.Run r = run("query", "--store", store.toString(), "--format", "tsv",
                "PREFIX schema: <http://schema.org/> SELECT ?h { ?a schema:headline ?h } ORDER BY ?h");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("?h\n\"خبر a1\"@ar\n\"خبر a2\"@ar\n");
    }

    @Test
    void printsConstructResultsAsTurtle() {
        CliRuns.Run r = run("query", "--store", store.toString(),
                "PREFIX dg: <https://w3id.org/diplograph/ontology#> CONSTRUCT { ?s a dg:Statement } { ?s a dg:Statement }");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("dg:Statement", "statement/a1/1");
    }

    @Test
    void aSyntaxErrorIsOneLineAndExitCode2() {
        CliRuns.Run r = run("query", "--store", store.toString(), "SELECT ?s WHERE { ?s ?p }");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("diplograph: query syntax error: ").contains("line 1");
    }

    @Test
    void aFormatThatDoesNotFitTheQueryIsAUserError() {
        CliRuns.Run r = run("query", "--store", store.toString(), "--format", "turtle", STATEMENTS);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("diplograph: --format turtle does not fit a SELECT query; use table, csv, tsv, json or xml\n");
    }

    @Test
    void needsExactlyOneOfQueryAndFile() {
        assertThat(run("query", "--store", store.toString()).code()).isEqualTo(2);
        CliRuns.Run both = run("query", "--store", store.toString(), "--file", "x.rq", STATEMENTS);
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give exactly one of QUERY or --file F");
    }

    @Test
    void aMissingQueryFileIsAUserError() {
        CliRuns.Run r = run("query", "--store", store.toString(), "--file", tmp.resolve("none.rq").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("diplograph: query file %s not found\n".formatted(tmp.resolve("none.rq")));
    }

    @Test
    void helpDescribesTheOptions() {
        CliRuns.Run r = run("query", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: diplograph query", "--format=FORMAT", "--file=F", "--store=DIR", "QUERY");
    }

}
