package org.diplograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplograph.store.KnowledgeStore;

/**
 * How far a store has grown past its data, and compaction. TDB2 never overwrites a B+tree block: a write
 * transaction copies every block it changes to a new place and the old copies stay in the files until the store is
 * compacted ({@link DatabaseMgr#compact}), so a store filled by many small transactions takes several times the
 * space of the same quads bulk-loaded.
 * <p>The measure: the blocks allocated so far to the six quad indexes (from each B+tree's state), against the bytes
 * their records take ({@code quads × 6 × 32}). A freshly bulk-loaded or compacted store measures about 2 (blocks
 * are about half full); {@link #GROWN} and more means that compaction would free most of the space.
 * <pre>
 *   StoreSpace.Usage u = StoreSpace.measure(store);
 *   if (u.grownPastData()) ...;
 *   StoreSpace.compact(store);
 * </pre>
 */
public final class StoreSpace {
    /** The ratio from which a store counts as grown well past its data: three times a freshly loaded one. */
    public static final double GROWN = 6.0;
    /** Below this size of the quad indexes the space does not matter (and counting quads is skipped). */
    public static final long WORTH_COMPACTING = 1L << 30;

    private StoreSpace() {}

    /**
     * The space of a store's quad indexes.
     *
     * @param allocatedBytes bytes of all blocks ever allocated to the quad indexes (records and tree nodes)
     * @param quads          the number of quads, or -1 when not counted (the indexes were under the minimum size)
     */
    public record Usage(long allocatedBytes, long quads) {
        /** Allocated bytes per byte of quad records; NaN when not counted. */
        public double ratio() {
            return quads < 0 ? Double.NaN : allocatedBytes / (double) Math.max(1, quads * 6L * 32L);
        }

        /** Whether the store has grown well past its data (see {@link #GROWN}). */
        public boolean grownPastData() { return quads >= 0 && ratio() >= GROWN; }

        /** One line for the user, e.g. after {@code ingest}. */
        public String describe(Path store) {
            return String.format(Locale.ROOT, "store %s has grown well past its data: its quad indexes take %s for %,d quads, "
                    + "%.1f times their records (a freshly loaded store takes about 2); run `compact --store %s` "
                    + "to free the space", store, bytes(allocatedBytes), quads, ratio(), store);
        }
    }

    /** Measures {@code store}'s quad indexes; counts the quads (a walk of one index) only from {@code minBytes} on. */
    public static Usage measure(KnowledgeStore store, long minBytes) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(unwrap(dsg));
            TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
            long bytes = 0;
            for (TupleIndex idx : indexes) {
                if (idx instanceof TupleIndexRecord r && r.getRangeIndex() instanceof BPlusTree bpt) {
                    long blocks = bpt.getStateManager().getRecordsBlocksLimit() + bpt.getStateManager().getNodeBlocksLimit();
                    bytes += blocks * bpt.getParams().getCalcBlockSize();
                }
            }
            long quads = bytes < minBytes ? -1 : indexes[0].size();
            return new Usage(bytes, quads);
        });
    }

    /**
     * Compacts the store: copies its current data to a new {@code Data-NNNN} folder, switches to it and deletes the
     * old ones (unless {@code keepOld}). Needs room for both copies while it runs. The text index is not touched.
     */
    public static void compact(KnowledgeStore store, boolean keepOld) {
        DatabaseMgr.compact(unwrap(store.dataset()), !keepOld);
    }

    /** Bytes on disk of the store folder (all {@code Data-NNNN} folders and the text index). */
    public static long diskBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** The TDB2 dataset under the text index wrapper. */
    private static DatasetGraph unwrap(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(d)) d = w.getWrapped();
        return d;
    }

    static String bytes(long n) {
        if (n >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
    }
}
