package org.diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.diplograph.store.TinyGraphs.article;
import static org.diplograph.store.TinyGraphs.articleGraph;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.diplograph.model.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreIT {
    @TempDir Path tmp;

    @Test
    void graphsSurviveClosingAndReopening() {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(articleGraph("a1"), article("a1", "person/p1", "state/RUS"));
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertThat(store.directory()).contains(dir);
            assertThat(store.graphNames()).containsExactly(articleGraph("a1"));
            assertThat(store.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsAUserError() throws Exception {
        Path dir = tmp.resolve("kg");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replaceGraph(articleGraph("a1"), article("a1", "person/p1", "state/RUS"));
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open 10");
            assertThatThrownBy(() -> KnowledgeStore.open(dir))
                    .isInstanceOf(UserException.class)
                    .hasMessage("store %s is in use by another process (is `serve` running?); stop it or pass another --store"
                            .formatted(dir));
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertThat(store.size()).isEqualTo(10);
        }
    }
}
