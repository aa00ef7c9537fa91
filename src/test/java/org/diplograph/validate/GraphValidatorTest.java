package org.diplograph.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OA;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Fixtures;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {
    private static final GraphValidator VALIDATOR = GraphValidator.fromFile(Fixtures.SHAPES);
    private static final Iris IRIS = Iris.defaultBase();
    private static final String KEY = Iris.articleKey(Fixtures.ARABIC_ARTICLE);
    private final ExtractionMapper mapper = Fixtures.mapper();

    @Test
    void mappedArabicGraphConforms() {
        assertEquals(new ValidationResult(true, 0, ""), VALIDATOR.validate(mapper.map(Fixtures.arabic())));
    }

    @Test
    void mappedEnglishGraphConforms() {
        assertEquals(new ValidationResult(true, 0, ""), VALIDATOR.validate(mapper.map(Fixtures.english())));
    }

    @Test
    void unionOfArticleGraphsConforms() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (ArticleExtraction x : new ArticleExtraction[] {Fixtures.arabic(), Fixtures.english()})
            mapper.map(x).find().forEachRemaining(t -> dsg.add(mapper.graphName(x), t.getSubject(), t.getPredicate(), t.getObject()));
        assertEquals(new ValidationResult(true, 0, ""), VALIDATOR.validate(dsg));
    }

    @Test
    void evidenceTextThatIsNotTheBodyAtItsOffsetsViolatesNamingOaExact() {
        Graph g = mapper.map(Fixtures.arabic());
        Node selector = IRIS.evidence(IRIS.claim(KEY, 1, 1));
        g.remove(selector, OA.exact.asNode(), Node.ANY);
        g.add(selector, OA.exact.asNode(), NodeFactory.createLiteralLang("تطبيع العلاقات بين تركيا ولبنان", "ar"));
        ValidationResult r = VALIDATOR.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.violations()).isEqualTo(1);
        assertThat(r.reportText()).isEqualTo("Violation <" + selector.getURI() + "> path=oa:exact"
                + " value=\"تطبيع العلاقات بين تركيا ولبنان\"@ar: oa:exact \"تطبيع العلاقات بين تركيا ولبنان\""
                + " is not the text of the article body at [83, 114) (code points): \"تطبيع العلاقات بين تركيا وسوريا\"");
    }

    @Test
    void offsetsPastTheEndOfTheBodyViolate() {
        Graph g = mapper.map(Fixtures.english());
        String key = Iris.articleKey(Fixtures.english().article());
        Node selector = IRIS.evidence(IRIS.statement(key, 1));
        g.remove(selector, OA.end.asNode(), Node.ANY);
        g.add(selector, OA.end.asNode(), NodeFactory.createLiteralDT("101", XSDDatatype.XSDnonNegativeInteger));
        ValidationResult r = VALIDATOR.validate(g);
        assertThat(r.violations()).isEqualTo(1);
        assertThat(r.reportText()).contains("path=oa:exact").contains("[0, 101)");
    }

    @Test
    void startAfterEndViolatesLessThanOrEquals() {
        Graph g = mapper.map(Fixtures.english());
        String key = Iris.articleKey(Fixtures.english().article());
        Node selector = IRIS.evidence(IRIS.claim(key, 1, 1));
        g.remove(selector, OA.start.asNode(), Node.ANY);
        g.add(selector, OA.start.asNode(), NodeFactory.createLiteralDT("60", XSDDatatype.XSDnonNegativeInteger));
        ValidationResult r = VALIDATOR.validate(g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.reportText()).contains("path=oa:start").contains("LessThanOrEquals");
    }

    @Test
    void statementWithoutSpeakerViolatesNamingProvWasAttributedTo() {
        Graph g = mapper.map(Fixtures.english());
        Node statement = IRIS.statement(Iris.articleKey(Fixtures.english().article()), 1);
        g.remove(statement, PROV.wasAttributedTo.asNode(), Node.ANY);
        ValidationResult r = VALIDATOR.validate(g);
        assertEquals(new ValidationResult(false, 1, "Violation <" + statement.getURI() + "> path=prov:wasAttributedTo value=-:"
                + " a statement has exactly one speaker (prov:wasAttributedTo, a prov:Agent)"), r);
    }

    @Test
    void reportModelIsAShaclValidationReport() {
        Graph g = mapper.map(Fixtures.english());
        g.remove(Node.ANY, PROV.wasAttributedTo.asNode(), Node.ANY);
        var report = VALIDATOR.report(g);
        assertThat(report.conforms()).isFalse();
        assertThat(report.getModel().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                report.getModel().createResource("http://www.w3.org/ns/shacl#ValidationReport")).toList()).hasSize(1);
    }

    @Test
    void refusesAMissingShapesFile() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> GraphValidator.fromFile(Path.of("no/such.ttl")))
                .getMessage()).isEqualTo("cannot read SHACL shapes 'no/such.ttl'");
    }
}
