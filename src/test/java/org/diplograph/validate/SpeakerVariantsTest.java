package org.diplograph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.model.Act;
import org.diplograph.model.Article;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;
import org.diplograph.rdf.DG;
import org.diplograph.rdf.ExtractionMapper;
import org.diplograph.rdf.Fixtures;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.PROV;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of speaker maps to the agent IRI of the README and the graph conforms to the shapes. */
class SpeakerVariantsTest {
    private static final GraphValidator VALIDATOR = GraphValidator.fromFile(Fixtures.SHAPES);
    private static final ExtractionMapper MAPPER = Fixtures.mapper();
    private static final Iris IRIS = Iris.defaultBase();
    private static final String BODY = "قال الرئيس أحمد الكريمي إن بلاده تدعم الحوار بين قطر والإمارات.";
    private static final Article ARTICLE = new Article("v.txt", null, null, "2025-03-04T10:00:00+03:00", null, "ar", BODY);
    private static final String KEY = Iris.articleKey(ARTICLE);

    static Stream<Arguments> speakers() {
        Node statement = IRIS.statement(KEY, 1);
        return Stream.of(
                Arguments.of(new Speaker("أحمد الكريمي", null, SpeakerType.PERSON, "QAT", null, Role.HEAD_OF_STATE, null, null,
                        null, "Q42"), IRIS.person("ahmd-alkrymy"), PROV.Person.asNode()),
                Arguments.of(new Speaker("قطر", "Qatar", SpeakerType.STATE, "QAT", null, null, null, null, null, null),
                        IRIS.state("QAT"), DG.State.asNode()),
                Arguments.of(new Speaker("الديوان الأميري", null, SpeakerType.INSTITUTION, null, null, null, null, null, null,
                        null), IRIS.institutionFromName("الديوان الأميري"), DG.Institution.asNode()),
                Arguments.of(new Speaker("حركة حماس", "Hamas", SpeakerType.INSTITUTION, null, "HAMAS", null, null, null, null,
                        null), IRIS.actor("HAMAS"), DG.NonStateActor.asNode()),
                Arguments.of(new Speaker(null, null, SpeakerType.UNNAMED, null, "UN", Role.ORG_OFFICIAL, null, null, null,
                        null), IRIS.speakerOf(statement), PROV.Agent.asNode()));
    }

    @ParameterizedTest
    @MethodSource("speakers")
    void speakerGetsItsAgentIriAndTheGraphConforms(Speaker speaker, Node agent, Node type) {
        Span all = new Span(0, BODY.length());
        Span evidence = Fixtures.span(BODY, "الحوار بين قطر والإمارات");
        Claim claim = new Claim(Relation.TALKS, List.of("QAT", "ARE"), Stance.POSITIVE, Act.WELCOME, evidence, "r");
        Statement st = new Statement(speaker, "قال", new Span(0, 3), all, List.of(claim), "r");
        Graph g = MAPPER.map(new ArticleExtraction(ARTICLE, List.of(st), List.of()));

        assertEquals(Set.of(agent), g.find(IRIS.statement(KEY, 1), PROV.wasAttributedTo.asNode(), Node.ANY)
                .mapWith(Triple::getObject).toSet());
        assertEquals(true, g.contains(agent, RDF.type.asNode(), type));
        assertEquals(Set.of(NodeFactory.createLiteralDT("2025-03-04", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)),
                g.find(IRIS.article(KEY), org.diplograph.rdf.SCHEMA.datePublished.asNode(), Node.ANY)
                        .mapWith(Triple::getObject).toSet());
        assertEquals(new ValidationResult(true, 0, ""), VALIDATOR.validate(g));
    }
}
