package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.ontology.OntModel;
import org.apache.jena.ontology.OntModelSpec;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.Act;
import org.diplograph.model.Coded;
import org.diplograph.model.Relation;
import org.diplograph.model.Role;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ontology files parse, agree with each other, and agree with the Java vocabulary and enums. */
class OntologyFilesTest {
    private static final List<Resource> KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty);

    private static Model read(Path p) { return ModelFactory.createDefaultModel().read(p.toUri().toString(), "TTL"); }

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of(DGC.relationScheme, codes(Relation.values()), (Function<String, Resource>) c -> DGC.relation(Relation.ofCode(c))),
                Arguments.of(DGC.stanceScheme, codes(Stance.values()), (Function<String, Resource>) c -> DGC.stance(Stance.ofCode(c))),
                Arguments.of(DGC.actScheme, codes(Act.values()), (Function<String, Resource>) c -> DGC.act(Act.ofCode(c))),
                Arguments.of(DGC.roleScheme, codes(Role.values()), (Function<String, Resource>) c -> DGC.role(Role.ofCode(c))),
                Arguments.of(DGC.speakerTypeScheme, codes(SpeakerType.values()),
                        (Function<String, Resource>) c -> DGC.speakerType(SpeakerType.ofCode(c))));
    }

    private static Set<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void conceptNotationsAreExactlyTheEnumCodesAtTheirDgcIris(Resource scheme, Set<String> codes, Function<String, Resource> iri) {
        Model m = read(Fixtures.CONCEPTS);
        Map<String, String> notationByIri = new TreeMap<>();
        m.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(c ->
                notationByIri.put(c.getURI(), c.getProperty(SKOS.notation).getString()));
        Map<String, String> expected = new TreeMap<>();
        codes.forEach(code -> expected.put(iri.apply(code).getURI(), code));
        assertEquals(expected, notationByIri);
    }

    @Test
    void everyConceptHasEnglishAndArabicLabelAndEnglishDefinition() {
        Model m = read(Fixtures.CONCEPTS);
        Set<String> incomplete = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            Set<String> langs = m.listObjectsOfProperty(c, SKOS.prefLabel).mapWith(n -> n.asLiteral().getLanguage()).toSet();
            boolean defined = m.listObjectsOfProperty(c, SKOS.definition).toList().stream()
                    .anyMatch(n -> n.asLiteral().getLanguage().equals("en"));
            if (!langs.equals(Set.of("en", "ar")) || !defined) incomplete.add(c.getURI());
        });
        assertThat(incomplete).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void shapesAcceptExactlyTheConceptsOfEachScheme(Resource scheme, Set<String> codes, Function<String, Resource> iri) {
        Model shapes = read(Fixtures.SHAPES);
        Resource shIn = shapes.createResource("http://www.w3.org/ns/shacl#in");
        Set<String> expected = codes.stream().map(c -> iri.apply(c).getURI()).collect(Collectors.toCollection(TreeSet::new));
        List<Set<String>> lists = shapes.listObjectsOfProperty(shapes.createProperty(shIn.getURI())).toList().stream()
                .map(n -> n.as(RDFList.class).asJavaList().stream().filter(RDFNode::isURIResource)
                        .map(r -> r.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new)))
                .filter(s -> !s.isEmpty() && s.iterator().next().startsWith(scheme.getURI() + "/"))
                .map(s -> (Set<String>) s).toList();
        assertThat(lists).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo(expected));
    }

    @Test
    @SuppressWarnings("removal") // the legacy ontology API, as asked; jena-ontapi below is its successor
    void ontologyParsesAsOwlDl() {
        OntModel m = ModelFactory.createOntologyModel(OntModelSpec.OWL_DL_MEM);
        m.read(Fixtures.DIPLOGRAPH.toUri().toString(), "TTL");
        assertThat(m.getOntology(DG.ONTOLOGY.getURI())).isNotNull();
        assertThat(m.getOntology(DG.ONTOLOGY.getURI()).getVersionInfo()).isEqualTo("0.1.0");
        assertThat(m.getOntClass(DG.Statement.getURI()).hasSuperClass(m.getResource(PROV.Entity.getURI()))).isTrue();
    }

    @Test
    void strictOwl2DlModelSeesEveryDeclaredTermAsItsKind() {
        Model plain = read(Fixtures.DIPLOGRAPH);
        org.apache.jena.ontapi.model.OntModel dl = org.apache.jena.ontapi.OntModelFactory.createModel(plain.getGraph(),
                org.apache.jena.ontapi.OntSpecification.OWL2_DL_MEM);
        Map<String, Set<String>> seen = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<Resource, Stream<? extends Resource>> byKind = Map.of(OWL.Class, dl.classes(), OWL.ObjectProperty,
                dl.objectProperties(), OWL.DatatypeProperty, dl.dataProperties(), OWL.AnnotationProperty,
                dl.annotationProperties());
        byKind.forEach((kind, entities) -> {
            seen.put(kind.getLocalName(), entities.map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new)));
            declared.put(kind.getLocalName(), plain.listSubjectsWithProperty(RDF.type, kind).mapWith(Resource::getURI)
                    .toList().stream().collect(Collectors.toCollection(TreeSet::new)));
        });
        assertEquals(declared, seen);
    }

    @Test
    void everyTermIsDeclaredWithExactlyOneKind() {
        Model m = read(Fixtures.DIPLOGRAPH);
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (Resource kind : KINDS)
            m.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(t ->
                    kinds.computeIfAbsent(t.getURI(), k -> new TreeSet<>()).add(kind.getLocalName()));
        assertThat(kinds).allSatisfy((term, k) -> assertThat(k).as(term).hasSize(1));
    }

    @Test
    void dgVocabularyClassMatchesTheOntologyTermForTerm() throws IllegalAccessException {
        Model m = read(Fixtures.DIPLOGRAPH);
        Set<String> declared = new TreeSet<>();
        for (Resource kind : KINDS)
            m.listSubjectsWithProperty(RDF.type, kind).filterKeep(r -> r.getURI().startsWith(DG.NS))
                    .forEachRemaining(r -> declared.add(r.getURI()));
        Set<String> inJava = new TreeSet<>();
        for (Field f : DG.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                String uri = ((Resource) f.get(null)).getURI();
                if (uri.startsWith(DG.NS)) inJava.add(uri);
            }
        assertEquals(declared, inJava);
    }

    @Test
    void everyDgTermUsedInTheOntologyFilesIsDeclared() {
        Model decl = read(Fixtures.DIPLOGRAPH);
        Set<String> undeclared = new TreeSet<>();
        for (Path p : List.of(Fixtures.CONCEPTS, Fixtures.CAMEO, Fixtures.SHAPES, Fixtures.DIPLOGRAPH)) {
            Model m = read(p);
            for (Statement s : m.listStatements().toList())
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject()))
                    if (n.isURIResource() && n.asResource().getURI().startsWith(DG.NS)
                            && KINDS.stream().noneMatch(k -> decl.contains(n.asResource(), RDF.type, k)))
                        undeclared.add(n.asResource().getURI());
        }
        assertThat(undeclared).isEmpty();
    }
}
