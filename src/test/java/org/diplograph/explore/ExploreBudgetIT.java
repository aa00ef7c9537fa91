package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.diplograph.rdf.Iris;
import org.diplograph.store.KnowledgeStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panels cut by the page's time budget are unavailable, not zero, and leave no transaction open behind them. */
@Tag("issue-13")
class ExploreBudgetIT {
    @TempDir Path tmp;

    @Test
    void panelsOutOfTimeAreUnavailableAndTheStoreStillCloses() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            KnowledgeStore store = ExplorerDemoStore.create(Iris.defaultBase(), tmp);
            ExploreState text = ExploreState.parse(Map.of("q", new String[] {ExplorerIT.CLITIC_WORD}));
            int unavailable = 0;
            for (long budget : new long[] {1, 1, 5, 20}) {
                for (ExploreState s : new ExploreState[] {ExploreState.empty(), text}) {
                    ExploreData d = ExploreData.read(store.dataset(), Iris.defaultBase(), s, budget, pool);
                    for (Panel<?> p : new Panel<?>[] {d.total(), d.months(), d.matrix(), d.claims()}) {
                        assertThat(p.ok()).isNotEqualTo(p.timedOut());
                        if (p.timedOut()) unavailable++;
                    }
                }
            }
            assertThat(unavailable).isPositive();
            ExploreData full = ExploreData.read(store.dataset(), Iris.defaultBase(), text, 60_000, pool);
            assertThat(full.total().result()).isPositive();
            assertThat(full.claims().result()).hasSize(full.total().result().intValue());
            pool.shutdown();   // panels cut by the deadline may still be stopping
            assertThat(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThatCode(store::close).doesNotThrowAnyException();
        } finally {
            pool.shutdownNow();
        }
    }
}
