package org.diplograph.ingest;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Tallies;

/**
 * The summary graph {@code dgg:summary}: the {@link Tallies} of all article graphs, changed in the same write
 * transaction as the article graphs it counts, so readers see counts that match the articles. Every method must
 * run inside a transaction of the caller (write, except {@link #isPresent}).
 * <pre>
 *   SummaryGraph summary = new SummaryGraph(iris);
 *   Txn.executeWrite(dsg, () -&gt; { ...; summary.apply(dsg, delta); });
 * </pre>
 */
final class SummaryGraph {
    /** Bumped when the tallies change meaning: a store with another version is recounted. */
    static final String VERSION = Tallies.VERSION;

    private final Iris iris;
    private final Node name;

    SummaryGraph(Iris iris) {
        this.iris = iris;
        this.name = iris.summaryGraph();
    }

    /** Whether the summary graph is there, of this version (a store bulk-loaded with tdbloader has none). */
    boolean isPresent(DatasetGraph dsg) {
        return dsg.contains(name, name, DG.summaryVersion.asNode(), NodeFactory.createLiteralString(VERSION));
    }

    /** Adds {@code delta} to the stored counts; a tally whose main count falls to zero is removed. */
    void apply(DatasetGraph dsg, Tallies delta) {
        for (Map.Entry<Tallies.Key, long[]> e : delta.counts().entrySet()) {
            long[] d = e.getValue();
            if (d[0] == 0 && d[1] == 0 && d[2] == 0) continue;
            Tallies.Key key = e.getKey();
            Node node = key.node(iris);
            List<Property> props = key.countProperties();
            long[] next = new long[Tallies.COUNTS.size()];
            boolean exists = false;
            for (Property p : props) {
                int i = Tallies.COUNTS.indexOf(p);
                Node stored = storedCount(dsg, node, p);
                if (stored != null) {
                    exists = true;
                    next[i] = Long.parseLong(stored.getLiteralLexicalForm());
                }
                next[i] += d[i];
            }
            boolean keep = next[Tallies.COUNTS.indexOf(props.get(0))] > 0;
            if (!keep) {
                if (exists) dsg.deleteAny(name, node, Node.ANY, Node.ANY);
            } else if (exists) {
                for (Property p : props) {
                    dsg.deleteAny(name, node, p.asNode(), Node.ANY);
                    dsg.add(name, node, p.asNode(), Tallies.count(next[Tallies.COUNTS.indexOf(p)]));
                }
            } else {
                Tallies.describe(node, key, next).forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }
    }

    private Node storedCount(DatasetGraph dsg, Node node, Property p) {
        var it = dsg.find(name, node, p.asNode(), Node.ANY);
        Node found = it.hasNext() ? it.next().getObject() : null;
        org.apache.jena.atlas.iterator.Iter.close(it);
        return found;
    }

    /**
     * Recounts the summary from every article graph ({@code dgg:article/…}) and marks it with this version.
     *
     * @return the number of article graphs counted
     */
    long rebuild(DatasetGraph dsg) {
        dsg.removeGraph(name);
        String articles = iris.graphNamespace() + "article/";
        long n = 0;
        Tallies all = new Tallies();
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.isURI() || !g.getURI().startsWith(articles)) continue;
            all.add(dsg.getGraph(g), 1);
            n++;
        }
        write(dsg, all);
        return n;
    }

    /** Writes the counts {@code all} into a dataset without a summary graph, and marks it with this version. */
    void write(DatasetGraph dsg, Tallies all) {
        apply(dsg, all);
        dsg.add(name, name, RDF.type.asNode(), DG.Summary.asNode());
        dsg.add(name, name, DG.summaryVersion.asNode(), NodeFactory.createLiteralString(VERSION));
    }
}
