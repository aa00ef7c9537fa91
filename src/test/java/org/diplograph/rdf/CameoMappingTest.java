package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.Act;
import org.diplograph.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoMappingTest {
    private final CameoMapping cameo = CameoMapping.fromFile(Fixtures.CAMEO);

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "condemn, conflict, 111, Criticize or denounce, ACCUSE",
            "condemn, humanitarian, 111, Criticize or denounce, ACCUSE",
            "welcome, normalisation, 051, Praise or endorse, SUPPORT",
            "appeal, talks, 026, Appeal to others to meet or negotiate, -",
            "appeal, sanctions, 020, Make an appeal or request, -",
            "assert, talks, 040, Consult, CONSULT",
            "assert, relations, 010, Make public statement, -",
            "announce, sanctions, 163, 'Impose embargo, boycott, or sanctions', SANCTION",
            "announce, ceasefire, 0871, 'Declare truce, ceasefire', RETREAT",
            "warn, conflict, 138, Threaten with military force, THREATEN",
            "warn, relations, 130, Threaten, THREATEN",
            "reject, humanitarian, 120, Reject, REJECT",
            "reject, talks, 125, 'Reject proposal to meet, discuss, or negotiate', REJECT",
            "deny, talks, 010, Make public statement, -",
            "deny, conflict, 016, Deny responsibility, -",
            "express_intent, talks, 036, Express intent to meet or negotiate, AGREE"})
    void codesActAndRelationAsTheTableSays(String act, String relation, String code, String label, String plover) {
        assertEquals(new CameoMapping.Coding(code, label, plover), cameo.code(Act.ofCode(act), Relation.ofCode(relation)));
    }

    @Test
    void everyActAndRelationHasACodingWhoseConceptsAreInTheSchemes() {
        Model m = ModelFactory.createDefaultModel().read(Fixtures.CAMEO.toUri().toString(), "TTL");
        Set<String> missing = new HashSet<>();
        for (Act a : Act.values())
            for (Relation r : Relation.values()) {
                CameoMapping.Coding c = cameo.code(a, r);
                if (!m.contains(c.cameoConcept(), SKOS.inScheme, DGC.cameoScheme)) missing.add(c.cameo());
                c.ploverConcept().filter(p -> !m.contains(p, SKOS.inScheme, DGC.ploverScheme))
                        .ifPresent(p -> missing.add(p.getURI()));
            }
        assertThat(missing).isEmpty();
    }

    @Test
    void ploverSchemeHasTheSixteenCategoriesOfTheManual() {
        Model m = ModelFactory.createDefaultModel().read(Fixtures.CAMEO.toUri().toString(), "TTL");
        Set<String> notations = new HashSet<>();
        m.listSubjectsWithProperty(SKOS.inScheme, DGC.ploverScheme)
                .forEachRemaining(c -> notations.add(c.getProperty(SKOS.notation).getString()));
        assertThat(notations).containsExactlyInAnyOrder("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    }

    @Test
    void refusesATableWithoutDefaultRule() {
        Model m = ModelFactory.createDefaultModel().read(new StringReader(
                "<urn:r> a <https://w3id.org/diplograph/ontology#CameoRule> ;"
                        + " <https://w3id.org/diplograph/ontology#actValue> <https://w3id.org/diplograph/concept/act/warn> ;"
                        + " <https://w3id.org/diplograph/ontology#cameoCode> <https://w3id.org/diplograph/concept/cameo/130> ."
                        + " <https://w3id.org/diplograph/concept/cameo/130> <http://www.w3.org/2004/02/skos/core#notation> \"130\" ;"
                        + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"Threaten\"@en ."), null, "TTL");
        assertThat(assertThrows(IllegalArgumentException.class, () -> CameoMapping.fromModel(m)).getMessage())
                .isEqualTo("the CAMEO table has no default rule (a dg:CameoRule without act or relation)");
    }
}
