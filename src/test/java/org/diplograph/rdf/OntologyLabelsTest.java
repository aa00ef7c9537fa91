package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every term and concept a reader meets is named in Arabic and English, and every scheme can be browsed from its top. */
@Tag("issue-12")
class OntologyLabelsTest {
    private static final List<Resource> KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty);

    private static Model read(Path... files) {
        Model m = ModelFactory.createDefaultModel();
        for (Path p : files) m.read(p.toUri().toString(), "TTL");
        return m;
    }

    @Test
    void everyDgClassAndPropertyHasOneEnglishAndOneArabicLabelAndAnEnglishComment() {
        Model m = read(Fixtures.DIPLOGRAPH);
        Map<String, String> incomplete = new TreeMap<>();
        int terms = 0;
        for (Resource kind : KINDS)
            for (Resource t : m.listSubjectsWithProperty(RDF.type, kind).toList()) {
                if (!t.getURI().startsWith(DG.NS)) continue;
                terms++;
                String problem = (languages(m, t, RDFS.label).equals(List.of("ar", "en")) ? "" : "labels " + languages(m, t, RDFS.label))
                        + (languages(m, t, RDFS.comment).contains("en") ? "" : " no English comment");
                if (!problem.isEmpty()) incomplete.put(t.getURI(), problem.strip());
            }
        assertThat(terms).as("dg: terms declared").isGreaterThan(60);
        assertThat(incomplete).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cameo", "plover", "relation", "stance", "act", "role", "speaker-type"})
    void everyConceptOfTheSchemeHasOneEnglishAndOneArabicLabel(String scheme) {
        Model m = read(Fixtures.CONCEPTS, Fixtures.CAMEO);
        Resource s = m.createResource(DGC.NS + scheme);
        assertThat(languages(m, s, SKOS.prefLabel)).as("labels of the scheme").isEqualTo(List.of("ar", "en"));
        List<Resource> concepts = m.listSubjectsWithProperty(SKOS.inScheme, s).toList();
        assertThat(concepts).isNotEmpty();
        Map<String, List<String>> wrong = new TreeMap<>();
        for (Resource c : concepts)
            if (!languages(m, c, SKOS.prefLabel).equals(List.of("ar", "en"))) wrong.put(c.getURI(), languages(m, c, SKOS.prefLabel));
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cameo", "plover", "relation", "stance", "act", "role", "speaker-type"})
    void everyConceptOfTheSchemeIsReachedFromATopConcept(String scheme) {
        Model m = read(Fixtures.CONCEPTS, Fixtures.CAMEO);
        Resource s = m.createResource(DGC.NS + scheme);
        Set<String> top = uris(m.listObjectsOfProperty(s, SKOS.hasTopConcept).toList());
        assertThat(top).as("top concepts of " + scheme).isNotEmpty();
        assertThat(uris(m.listSubjectsWithProperty(SKOS.topConceptOf, s).mapWith(r -> (RDFNode) r).toList()))
                .as("skos:topConceptOf agrees with skos:hasTopConcept").isEqualTo(top);
        Set<String> unreachable = new TreeSet<>();
        for (Resource c : m.listSubjectsWithProperty(SKOS.inScheme, s).toList()) {
            Resource at = c;
            for (int depth = 0; at != null && !top.contains(at.getURI()) && depth < 10; depth++) {
                var up = at.getProperty(SKOS.broader);
                at = up == null ? null : up.getResource();
            }
            if (at == null || !top.contains(at.getURI())) unreachable.add(c.getURI());
        }
        assertThat(unreachable).isEmpty();
    }

    @Test
    void cameoRootsAreTheTwentyCategoriesAndEachCodeSitsUnderItsPrefix() {
        Model m = read(Fixtures.CAMEO);
        Resource cameo = DGC.cameoScheme;
        Set<String> roots = m.listObjectsOfProperty(m.createResource(cameo.getURI()), SKOS.hasTopConcept).toList().stream()
                .map(n -> n.asResource().getProperty(SKOS.notation).getString()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(roots).hasSize(20).first().isEqualTo("01");
        Set<String> misplaced = new TreeSet<>();
        for (Resource c : m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(cameo.getURI())).toList()) {
            var up = c.getProperty(SKOS.broader);
            if (up == null) continue;
            String code = c.getProperty(SKOS.notation).getString();
            String parent = up.getResource().getProperty(SKOS.notation).getString();
            if (!code.startsWith(parent) || parent.length() != Math.min(code.length() - 1, 3)) misplaced.add(code + " under " + parent);
        }
        assertThat(misplaced).isEmpty();
    }

    private static List<String> languages(Model m, Resource r, Property p) {
        return m.listObjectsOfProperty(r, p).toList().stream().filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLanguage()).sorted().toList();
    }

    private static Set<String> uris(List<RDFNode> nodes) {
        return nodes.stream().map(n -> n.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }
}
