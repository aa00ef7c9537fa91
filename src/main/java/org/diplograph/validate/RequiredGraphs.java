package org.diplograph.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.Iris;

/**
 * The named graphs every store needs besides its article graphs: the ontology, the curated lexicon and the summary
 * graph that the example queries read. SHACL alone cannot see that they are gone (an empty store conforms), so
 * {@code validate} checks them first.
 * <pre>
 *   List&lt;String&gt; gone = RequiredGraphs.of(iris).missing(store.dataset());   // e.g. ["ontology &lt;…/graph/ontology&gt;"]
 * </pre>
 */
public final class RequiredGraphs {
    private record Required(String what, Node graph) {}

    private final List<Required> required;

    private RequiredGraphs(List<Required> required) { this.required = required; }

    /** The graphs a store written with these IRIs needs. */
    public static RequiredGraphs of(Iris iris) {
        Objects.requireNonNull(iris, "iris");
        return new RequiredGraphs(List.of(new Required("ontology", iris.ontologyGraph()),
                new Required("lexicon", iris.lexiconGraph()), new Required("summary", iris.summaryGraph())));
    }

    /** The required graphs that are absent or empty, as {@code name <iri>}, in a fixed order; empty when all are there. */
    public List<String> missing(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            for (Required r : required) {
                if (!dsg.contains(r.graph(), Node.ANY, Node.ANY, Node.ANY)) out.add("%s <%s>".formatted(r.what(), r.graph().getURI()));
            }
            return out;
        });
    }
}
