package org.diplograph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Fixtures;
import org.diplograph.rdf.Iris;
import org.diplograph.validate.CompiledConstraints.Verdict;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Java form of the two SPARQL constraints gives Jena's verdicts: on each graph, a CONFORMS verdict comes with no
 * SPARQL-constraint result in Jena's report, a VIOLATES verdict with one; and {@link GraphValidator#validate(Graph)}
 * (which uses it) returns exactly what the full Jena report gives.
 */
class CompiledConstraintsTest {
    private static final GraphValidator VALIDATOR = GraphValidator.fromFile(Fixtures.SHAPES);
    private static final Iris IRIS = Iris.defaultBase();
    private static final String KEY = Iris.articleKey(Fixtures.ARABIC_ARTICLE);
    private static final ExtractionMapper MAPPER = Fixtures.mapper();
    private static final Node STATEMENT = IRIS.statement(KEY, 1);
    private static final Node SELECTOR = IRIS.evidence(IRIS.claim(KEY, 1, 1));

    /** Whether Jena's full report has a result of a SPARQL constraint. */
    private static boolean sparqlViolation(Graph g) {
        for (ReportEntry e : VALIDATOR.report(g).getEntries())
            if (SHACL.SPARQLConstraintComponent.equals(e.sourceConstraintComponent())) return true;
        return false;
    }

    private static void agrees(Graph g, Verdict expected) {
        Verdict v = CompiledConstraints.check(g);
        assertEquals(expected, v, "verdict");
        if (v != Verdict.UNSURE) assertEquals(v == Verdict.VIOLATES, sparqlViolation(g), "Jena's SPARQL verdict");
        assertEquals(ValidationResult.of(VALIDATOR.report(g)), VALIDATOR.validate(g));
    }

    private static Graph arabic() { return MAPPER.map(Fixtures.arabic()); }

    private static void set(Graph g, Node s, Node p, Node o) {
        g.remove(s, p, Node.ANY);
        if (o != null) g.add(s, p, o);
    }

    private static Node str(String s) { return NodeFactory.createLiteralString(s); }

    private static Node nonNeg(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    private static long intOf(Graph g, Node s, Node p) {
        return Long.parseLong(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void mappedGraphsConform() {
        agrees(arabic(), Verdict.CONFORMS);
        agrees(MAPPER.map(Fixtures.english()), Verdict.CONFORMS);
    }

    @Test
    void monthThatIsNotTheDateViolates() {
        Graph g = arabic();
        set(g, STATEMENT, DG.month.asNode(), str("1999-01"));
        agrees(g, Verdict.VIOLATES);
    }

    @Test
    void undatedMonthConformsOnlyWithoutADate() {
        Graph g = arabic();
        set(g, STATEMENT, DG.month.asNode(), str("undated"));
        agrees(g, Verdict.VIOLATES);
        set(g, STATEMENT, DCTerms.date.asNode(), null);
        agrees(g, Verdict.CONFORMS);
    }

    @Test
    void countryCodeMustEndTheCountryIri() {
        Graph g = arabic();
        assertThat(g.contains(STATEMENT, DG.speakerCountry.asNode(), Node.ANY)).isTrue();
        set(g, STATEMENT, DG.speakerCountryCode.asNode(), str("XYZ"));
        agrees(g, Verdict.VIOLATES);
        set(g, STATEMENT, DG.speakerCountryCode.asNode(), null);
        agrees(g, Verdict.VIOLATES);
        set(g, STATEMENT, DG.speakerCountry.asNode(), null);
        agrees(g, Verdict.CONFORMS);
        set(g, STATEMENT, DG.speakerCountryCode.asNode(), str("RUS"));
        agrees(g, Verdict.VIOLATES);
    }

    @Test
    void exactTextAndOffsetsAreCheckedInCodePoints() {
        Graph g = arabic();   // the body starts with a flag: two code points outside the BMP
        set(g, SELECTOR, OA.exact.asNode(), str("x"));
        agrees(g, Verdict.VIOLATES);
        g = arabic();
        long end = intOf(g, SELECTOR, OA.end.asNode());
        set(g, SELECTOR, OA.end.asNode(), nonNeg(end + 1));
        agrees(g, Verdict.VIOLATES);
        set(g, SELECTOR, OA.end.asNode(), nonNeg(100_000));
        agrees(g, Verdict.VIOLATES);
    }

    @Test
    void whatTheJavaCodeDoesNotMirrorGoesToSparql() {
        Graph g = arabic();
        g.add(NodeFactory.createURI("urn:x"), RDFS.subClassOf.asNode(), DG.Statement.asNode());
        agrees(g, Verdict.UNSURE);
        g = arabic();
        set(g, STATEMENT, DG.month.asNode(), NodeFactory.createLiteralLang("2019-01", "en"));
        agrees(g, Verdict.UNSURE);
        g = arabic();
        set(g, SELECTOR, OA.start.asNode(), NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
        agrees(g, Verdict.UNSURE);
        g = arabic();
        Node blank = NodeFactory.createBlankNode();
        g.add(blank, RDF.type.asNode(), DG.Statement.asNode());
        g.add(blank, DG.month.asNode(), str("undated"));
        agrees(g, Verdict.UNSURE);
    }

    // ---- random edits of a mapped graph: validate() always equals the full report

    /** One edit: replace (or with a null object remove) the values of a property of a node of the graph. */
    record Edit(Node subject, Node property, Node object) {}

    @Provide
    Arbitrary<List<Edit>> edits() {
        Graph g = arabic();
        List<Node> subjects = new ArrayList<>();
        g.find().forEachRemaining(t -> { if (!subjects.contains(t.getSubject())) subjects.add(t.getSubject()); });
        List<Node> properties = List.of(DG.month.asNode(), DCTerms.date.asNode(), DG.speakerCountry.asNode(),
                DG.speakerCountryCode.asNode(), OA.start.asNode(), OA.end.asNode(), OA.exact.asNode(),
                DG.evidence.asNode(), RDF.type.asNode());
        List<Node> objects = new ArrayList<>(List.of(str("undated"), str("2019-03"), str("TUR"), str("RUS"), str(""),
                NodeFactory.createLiteralLang("TUR", "en"), NodeFactory.createLiteralDT("2019-03-02", XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("2019-03-02T00:00:00Z", XSDDatatype.XSDdateTime),
                IRIS.state("TUR"), IRIS.state("RUS"), NodeFactory.createURI("urn:state/TUR"),
                NodeFactory.createBlankNode(), nonNeg(0), nonNeg(3), nonNeg(83), nonNeg(114), nonNeg(100_000),
                NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("x", XSDDatatype.XSDnonNegativeInteger),
                DG.Statement.asNode(), OA.TextPositionSelector.asNode(), SELECTOR, str("\uD83C\uDDF9"),
                str(Fixtures.ARABIC_BODY.substring(0, 6))));
        Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(Arbitraries.of(subjects), Arbitraries.of(properties),
                Arbitraries.of(objects).injectNull(0.15)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300)
    void validateGivesTheFullReportsVerdict(@ForAll("edits") List<Edit> edits) {
        Graph g = arabic();
        for (Edit e : edits) {
            if (e.object() == null) set(g, e.subject(), e.property(), null);
            else g.add(Triple.create(e.subject(), e.property(), e.object()));
        }
        Verdict v = CompiledConstraints.check(g);
        net.jqwik.api.statistics.Statistics.collect(v);
        if (v != Verdict.UNSURE) assertEquals(v == Verdict.VIOLATES, sparqlViolation(g), () -> ValidationResult.of(VALIDATOR.report(g)).reportText());
        assertEquals(ValidationResult.of(VALIDATOR.report(g)), VALIDATOR.validate(g));
    }

    @Test
    void shapesOtherThanTheBundledOnesAreValidatedByJenaAlone() {
        Graph shapes = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.source(Fixtures.SHAPES).parse(shapes);
        // without the statement shape's SPARQL constraint, a wrong month shortcut conforms
        shapes.remove(NodeFactory.createURI("https://w3id.org/diplograph/shapes#StatementShape"), SHACL.sparql, Node.ANY);
        Graph g = arabic();
        set(g, STATEMENT, DG.month.asNode(), str("1999-01"));
        assertThat(VALIDATOR.validate(g).conforms()).isFalse();
        assertThat(GraphValidator.of(shapes).validate(g).conforms()).isTrue();
    }
}
