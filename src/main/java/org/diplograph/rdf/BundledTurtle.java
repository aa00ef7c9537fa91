package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Turtle files packaged in the jar ({@code /ontology/…}, {@code /lexicon/…}): one way to read them, and one
 * failure that says what is missing and what to do.
 */
public final class BundledTurtle {
    /** The ontology's files that describe the vocabulary (the shapes are read on their own, by the validator). */
    public static final List<String> ONTOLOGY_FILES = List.of("diplograph.ttl", "concepts.ttl", "cameo.ttl");

    private BundledTurtle() {}

    /**
     * Parses the classpath resource {@code resource} (e.g. {@code /ontology/cameo.ttl}) into {@code into}, resolving
     * relative IRIs against {@code base} when it is not null.
     *
     * @throws IllegalStateException when the resource is not in the jar or cannot be read
     */
    public static void read(String resource, String base, Graph into) {
        try (InputStream in = BundledTurtle.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("resource %s is not in the jar: rebuild it with 'mvn package'"
                        .formatted(resource));
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(into);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled resource " + resource, e);
        }
    }

    /** The ontology ({@link #ONTOLOGY_FILES}: classes and properties, concept schemes, CAMEO alignment) as one graph. */
    public static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : ONTOLOGY_FILES) read("/ontology/" + f, null, g);
        return g;
    }
}
