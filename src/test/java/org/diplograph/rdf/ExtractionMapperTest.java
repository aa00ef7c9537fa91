package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ArticleExtraction;
import org.diplograph.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractionMapperTest {
    private static final Iris IRIS = Iris.defaultBase();
    private static final String KEY = Iris.articleKey(Fixtures.ARABIC_ARTICLE);
    private final ExtractionMapper mapper = Fixtures.mapper();

    private static Set<Node> objects(Graph g, Node s, Property p) {
        return g.find(s, p.asNode(), Node.ANY).mapWith(Triple::getObject).toSet();
    }

    private static Node nonNegative(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    @Test
    void mapsTheArabicExtractionToTheReviewedGoldenGraph() {
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/rdf/arabic-extraction.ttl")).parse(expected);
        Graph actual = mapper.map(Fixtures.arabic());
        assertThat(actual.isIsomorphicWith(expected)).as(() -> diff(expected, actual)).isTrue();
    }

    @Test
    void mapsTheEnglishExtractionToTheReviewedGoldenGraph() {
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("src/test/resources/rdf/english-extraction.ttl")).parse(expected);
        Graph actual = mapper.map(Fixtures.english());
        assertThat(actual.isIsomorphicWith(expected)).as(() -> diff(expected, actual)).isTrue();
    }

    private static String diff(Graph expected, Graph actual) {
        Set<Triple> e = expected.find().toSet();
        Set<Triple> a = actual.find().toSet();
        return "missing: " + e.stream().filter(t -> !a.contains(t)).map(Triple::toString).sorted().toList()
                + "\nunexpected: " + a.stream().filter(t -> !e.contains(t)).map(Triple::toString).sorted().toList();
    }

    @Test
    void evidenceOffsetsCountCodePointsPastANonBmpCharacter() {
        Graph g = mapper.map(Fixtures.arabic());
        String body = Fixtures.ARABIC_BODY;
        String evidence = "تطبيع العلاقات بين تركيا وسوريا";
        int utf16 = body.indexOf(evidence);
        int codePoints = utf16 - 2; // the flag emoji is 4 UTF-16 units but 2 code points
        Node selector = IRIS.evidence(IRIS.claim(KEY, 1, 1));
        assertEquals(Set.of(nonNegative(codePoints)), objects(g, selector, OA.start));
        assertEquals(Set.of(nonNegative(codePoints + evidence.length())), objects(g, selector, OA.end));
        assertEquals(Set.of(NodeFactory.createLiteralLang(evidence, "ar")), objects(g, selector, OA.exact));
        int[] cps = body.codePoints().toArray();
        assertEquals(evidence, new String(cps, codePoints, evidence.length()));
    }

    @Test
    void numbersStatementsInTextOrderWhateverTheExtractorOrder() {
        Graph g = mapper.map(Fixtures.arabic());
        List<Node> speakers = List.of(1, 2, 3).stream()
                .map(n -> objects(g, IRIS.statement(KEY, n), PROV.wasAttributedTo).iterator().next()).toList();
        assertEquals(List.of(IRIS.person("maria-zakharova"), IRIS.actor("EU"), IRIS.speakerOf(IRIS.statement(KEY, 3))), speakers);
    }

    @Test
    void describesClaimWithParticipantsConceptsAndCoding() {
        Graph g = mapper.map(Fixtures.arabic());
        Node claim = IRIS.claim(KEY, 2, 1);
        assertEquals(Set.of(IRIS.state("ISR"), IRIS.state("LBN")), objects(g, claim, DG.participant));
        assertEquals(Set.of(DGC.relation(org.diplograph.model.Relation.CONFLICT).asNode()), objects(g, claim, DG.relationType));
        assertEquals(Set.of(DGC.cameo("111").asNode()), objects(g, claim, DG.cameoCode));
        assertEquals(Set.of(DGC.plover("ACCUSE").asNode()), objects(g, claim, DG.ploverCategory));
    }

    @Test
    void recordsRoleMembershipOfPersonInInstitution() {
        Graph g = mapper.map(Fixtures.arabic());
        Node person = IRIS.person("maria-zakharova");
        Node institution = IRIS.institution("RUS", "foreign-ministry");
        Node membership = IRIS.membership("maria-zakharova", org.diplograph.model.Role.SPOKESPERSON, institution);
        assertEquals(Set.of(membership), objects(g, person, ORG.hasMembership));
        assertEquals(Set.of(ORG.Membership.asNode()), objects(g, membership, RDF.type));
        assertEquals(Set.of(institution), objects(g, membership, ORG.organization));
        assertEquals(Set.of(NodeFactory.createLiteralLang("ماريا زاخاروفا", "ar"),
                NodeFactory.createLiteralLang("Maria Zakharova", "en")), objects(g, person, SKOS.prefLabel));
    }

    @Test
    void takesTheExtractionTimeFromTheClock() {
        Clock later = Clock.fixed(Instant.parse("2027-05-06T07:08:09.123Z"), ZoneOffset.UTC);
        Graph g = new ExtractionMapper(IRIS, CameoMapping.fromFile(Fixtures.CAMEO), later, "v").map(Fixtures.arabic());
        assertEquals(Set.of(NodeFactory.createLiteralDT("2027-05-06T07:08:09.123Z", XSDDatatype.XSDdateTime)),
                objects(g, IRIS.extraction(KEY), PROV.startedAtTime));
    }

    @Test
    void writesNoBlankNodes() {
        Graph g = mapper.map(Fixtures.arabic());
        List<Triple> withBlank = g.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList();
        assertThat(withBlank).isEmpty();
        assertThat(g.size()).isGreaterThan(50);
    }

    @Test
    void mappingTwiceGivesTheSameTriples() {
        Graph a = mapper.map(Fixtures.arabic());
        Graph b = Fixtures.mapper().map(Fixtures.arabic());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertEquals(a.find().toSet(), b.find().toSet());
        assertEquals(nquads(a), nquads(b));
    }

    private static List<String> nquads(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().sorted().collect(Collectors.toList());
    }

    @Test
    void graphNameIsTheArticleGraph() {
        assertEquals(IRIS.articleGraph(KEY), mapper.graphName(Fixtures.arabic()));
    }

    @Test
    void rejectsEvidenceOutsideTheBody() {
        ArticleExtraction x = Fixtures.english();
        var st = x.statements().get(0);
        var bad = new org.diplograph.model.Statement(st.speaker(), st.cue(), st.cueSpan(), new Span(0, 500), st.claims(),
                st.ruleId());
        ArticleExtraction broken = new ArticleExtraction(x.article(), List.of(bad), List.of());
        assertThat(assertThrows(IllegalArgumentException.class, () -> mapper.map(broken)).getMessage())
                .isEqualTo("span [0, 500) lies outside the body of test/en-1.txt (length 100)");
    }

    @ParameterizedTest
    @CsvSource({"ماريا زاخاروفا, ar", "Maria Zakharova, en", "Мария Захарова, ru", "الرئيس Erdoğan أردوغان, ar"})
    void tagsNamesByScript(String name, String lang) {
        assertEquals(lang, ExtractionMapper.scriptLanguage(name));
    }
}
