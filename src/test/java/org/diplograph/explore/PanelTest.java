package org.diplograph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A page that answers stops the queries of its panels still running, and starts none after. */
class PanelTest {
    /** A cross product of 400^4 rows: a query that never ends by itself within the test. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?h ?s ?i } }";

    private static DatasetGraph tdb() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Node g = NodeFactory.createURI("urn:g");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 400; i++)
                dsg.add(g, NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:o" + i));
        });
        return dsg;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)   // a guard against a query that is never stopped, not a measurement
    void stoppingThePageAbortsAPanelStillRunning() throws Exception {
        DatasetGraph dsg = tdb();
        Panel.Running running = new Panel.Running();
        CompletableFuture<Panel<Long>> panel = CompletableFuture.supplyAsync(
                () -> Panel.run(dsg, ENDLESS, 3_600_000, rs -> rs.next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1L, running));
        while (running.size() == 0 && !panel.isDone()) Thread.sleep(5);
        assertThat(panel.isDone()).as("the query is still running before the page stops").isFalse();
        running.stopAll();
        Panel<Long> p = panel.get();
        assertThat(p.ok()).isFalse();
        assertThat(p.timedOut()).isTrue();
        assertThat(running.size()).isZero();
    }

    @Test
    void aPanelOfAStoppedPageDoesNotStart() {
        Panel.Running running = new Panel.Running();
        running.stopAll();
        Panel<Long> p = Panel.run(tdb(), ENDLESS, 3_600_000, rs -> 1L, running);
        assertThat(p.timedOut()).isTrue();
        assertThat(p.millis()).isZero();
    }
}
