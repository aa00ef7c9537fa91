package org.diplograph.server;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.store.KnowledgeStore;

/**
 * The version of the store's data, for cache validators of the documents built from it: TDB2's data version, which
 * every committed write (ingest, SPARQL Update, Graph Store writes) moves on, and the time this server first saw that
 * version. A document's {@code ETag} is this server's tag for the version and the representation (cheap: nothing is
 * read or rendered to answer a conditional GET with 304); its {@code Last-Modified} is that time, never earlier than
 * the server's start. Tags differ between server runs, since TDB2 counts versions from zero at each start.
 * <pre>
 *   StoreVersion.Stamp s = new StoreVersion(store, Clock.systemUTC()).current();   // null when not TDB2
 *   String etag = s.etag("ttl");                                                      // "\"k3x9q.17.ttl\""
 * </pre>
 */
final class StoreVersion {
    /** A data version and when it was first seen (whole seconds, as HTTP dates are). */
    record Stamp(String run, long version, Instant since) {
        /** A strong entity tag for the representation with file extension {@code extension} at this version. */
        String etag(String extension) { return "\"" + run + "." + version + "." + extension + "\""; }
    }

    private final DatasetGraph dsg;
    private final Clock clock;
    private final String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    private Stamp last;

    StoreVersion(KnowledgeStore store, Clock clock) {
        this.dsg = Objects.requireNonNull(store, "store").dataset();
        this.clock = Objects.requireNonNull(clock, "clock");
        current();   // the version the server starts with is "seen" at its start, not at its first request
    }

    /** The current stamp, or null when the store is not TDB2 (then documents go without validators). */
    synchronized Stamp current() {
        Long version = dataVersion();
        if (version == null) return null;
        if (last == null || last.version() != version)
            last = new Stamp(run, version, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return last;
    }

    private Long dataVersion() {
        DatasetGraph d = dsg;   // unwrap the text index down to TDB2's switchable container
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) d = w.getWrapped();
        if (!TDBInternal.isTDB2(d)) return null;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
        // the version a read transaction starts at: that of the last committed write
        return Txn.calculateRead(tdb, () -> tdb.getTxnSystem().getThreadTransaction().getDataVersion());
    }
}
