package org.diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.diplograph.cli.CliRuns.Run;
import org.diplograph.store.KnowledgeStore;
import org.diplograph.store.TinyGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandIT {
    @TempDir Path tmp;
    Path store;

    @BeforeEach
    void seedStore() {
        store = TinyGraphs.seededStore(tmp, "a1", "a2");
    }

    @Test
    void printsTheCounts() {
        Run r = CliRuns.run("stats", "--store", store.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                articles    2
                statements  2
                claims      2
                agents      4
                triples     20
                graphs      2
                """);
    }

    @Test
    void printsTheCountsAsJson() {
        Run r = CliRuns.run("stats", "--store", store.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(
                "{\"articles\":2,\"statements\":2,\"claims\":2,\"agents\":4,\"triples\":20,\"graphs\":2}\n");
    }

    @Test
    void anEmptyStoreHasZeroCounts() {
        Path empty = tmp.resolve("empty");
        try (KnowledgeStore created = KnowledgeStore.open(empty)) {
            assertThat(created.graphCount()).isZero();
        }
        Run r = CliRuns.run("stats", "--store", empty.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(
                "{\"articles\":0,\"statements\":0,\"claims\":0,\"agents\":0,\"triples\":0,\"graphs\":0}\n");
    }

    @Test
    void helpDescribesTheOptions() {
        Run r = CliRuns.run("stats", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: diplograph stats", "--json", "--store=DIR");
    }
}
