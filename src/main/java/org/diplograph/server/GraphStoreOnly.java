package org.diplograph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * The Graph Store Protocol on one graph at a time: a request without {@code ?graph=} or {@code ?default} (the whole
 * dataset, "quads") is refused with 403. Reading the whole dataset is unbounded (no row cap, no timeout: 107 MB
 * for 2,000 articles), and writing it replaces or deletes every graph at once. Whole-store dumps are made with
 * {@code diplograph export} on the store.
 */
final class GraphStoreOnly {
    static final String READ_REFUSED = "downloading the whole dataset is off on this server: ask for one graph with "
            + "?graph=IRI, query with SPARQL, or dump the store with 'diplograph export --store DIR --format nquads --out kg.nq'";
    static final String WRITE_REFUSED = "writing the whole dataset at once is refused: name the graph with ?graph=IRI";

    private GraphStoreOnly() {}

    /** Read-only: GET and HEAD of one graph. */
    static final class Read extends GSP_R {
        @Override protected void execGetQuads(HttpAction action) { refuseRead(action); }
        @Override protected void execHeadQuads(HttpAction action) { refuseRead(action); }
    }

    /** Read-write: GET, HEAD, PUT, POST and DELETE of one graph. */
    static final class ReadWrite extends GSP_RW {
        @Override protected void execGetQuads(HttpAction action) { refuseRead(action); }
        @Override protected void execHeadQuads(HttpAction action) { refuseRead(action); }
        @Override protected void execPutQuads(HttpAction action) { refuseWrite(action); }
        @Override protected void execPostQuads(HttpAction action) { refuseWrite(action); }
        @Override protected void execDeleteQuads(HttpAction action) { refuseWrite(action); }
    }

    private static void refuseRead(HttpAction action) {
        ServletOps.error(HttpSC.FORBIDDEN_403, READ_REFUSED);
    }

    private static void refuseWrite(HttpAction action) {
        action.log.warn("[{}] {} of the whole dataset refused", action.id, action.getRequestMethod());
        ServletOps.error(HttpSC.FORBIDDEN_403, WRITE_REFUSED);
    }
}
