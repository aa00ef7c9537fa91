package org.diplograph.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.rdf.BundledTurtle;

/**
 * Validates graphs against the SHACL shapes of {@code ontology/shapes.ttl} (SHACL Core plus the SPARQL constraint
 * that evidence text equals the article body at its offsets). Shapes are parsed once; a validator is immutable.
 * <pre>
 *   GraphValidator v = GraphValidator.fromFile(Path.of("ontology/shapes.ttl"));
 *   ValidationResult r = v.validate(graph);            // r.conforms(), r.violations(), r.reportText()
 * </pre>
 */
public final class GraphValidator {
    /** Where {@link #fromClasspath()} looks. */
    public static final String RESOURCE = "/ontology/shapes.ttl";

    private static final Node SH_SPARQL = NodeFactory.createURI("http://www.w3.org/ns/shacl#sparql");
    private static final ValidationResult CONFORMS = new ValidationResult(true, 0, "");

    private final Shapes shapes;
    /** The shapes without their SPARQL constraints, when those are the bundled ones {@link CompiledConstraints} mirrors. */
    private final Shapes core;

    private GraphValidator(Shapes shapes, Shapes core) {
        this.shapes = shapes;
        this.core = core;
    }

    /**
     * A validator for the shapes in a graph. When they are the bundled shapes ({@code /ontology/shapes.ttl}, up to
     * blank-node names), {@link #validate(Graph)} checks their two SPARQL constraints in Java ({@link CompiledConstraints})
     * and runs Jena's SPARQL only for a graph that fails or that the Java code cannot judge: the same verdicts, ten
     * times faster on article graphs.
     */
    public static GraphValidator of(Graph shapesGraph) {
        Objects.requireNonNull(shapesGraph, "shapesGraph");
        Shapes core = null;
        if (shapesGraph.isIsomorphicWith(bundledShapes())) {
            Graph withoutSparql = GraphFactory.createDefaultGraph();
            shapesGraph.find().forEachRemaining(t -> { if (!t.getPredicate().equals(SH_SPARQL)) withoutSparql.add(t); });
            core = Shapes.parse(withoutSparql);
        }
        return new GraphValidator(Shapes.parse(shapesGraph), core);
    }

    private static Graph bundled;

    private static synchronized Graph bundledShapes() {
        if (bundled == null) {
            Graph g = GraphFactory.createDefaultGraph();
            BundledTurtle.read(RESOURCE, null, g);
            bundled = g;
        }
        return bundled;
    }

    /** A validator for the shapes of a Turtle file, e.g. {@code ontology/shapes.ttl}. */
    public static GraphValidator fromFile(Path shapesTtl) {
        if (!Files.isReadable(shapesTtl))
            throw new IllegalArgumentException("cannot read SHACL shapes '%s'".formatted(shapesTtl));
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(shapesTtl).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new IllegalArgumentException("SHACL shapes '%s' are not valid Turtle: %s".formatted(shapesTtl, e.getMessage()), e);
        }
        return of(g);
    }

    /** A validator for {@code /ontology/shapes.ttl} on the classpath (packaged in the jar). */
    public static GraphValidator fromClasspath() {
        return of(bundledShapes());
    }

    /**
     * Validates one graph, e.g. an article graph. A conforming result carries no report; a failing one the full
     * report of all shapes.
     */
    public ValidationResult validate(Graph data) {
        Objects.requireNonNull(data, "data");
        if (core != null && CompiledConstraints.check(data) == CompiledConstraints.Verdict.CONFORMS
                && ShaclValidator.get().validate(core, data).conforms())
            return CONFORMS;
        return ValidationResult.of(report(data));
    }

    /** Validates the union of the named graphs of a dataset (inside a read transaction when it has transactions). */
    public ValidationResult validate(DatasetGraph data) { return ValidationResult.of(report(data)); }

    /** The full Jena report of one graph ({@link ValidationReport#getModel()} is the sh:ValidationReport). */
    public ValidationReport report(Graph data) {
        return ShaclValidator.get().validate(shapes, Objects.requireNonNull(data, "data"));
    }

    /** The full Jena report of the union of the named graphs of a dataset. */
    public ValidationReport report(DatasetGraph data) {
        Objects.requireNonNull(data, "data");
        if (data.supportsTransactions() && !data.isInTransaction())
            return Txn.calculateRead(data, () -> report(data.getUnionGraph()));
        return report(data.getUnionGraph());
    }
}
