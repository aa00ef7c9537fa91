package org.diplograph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.graph.NodeFactory;
import org.diplograph.model.Article;
import org.diplograph.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrisTest {
    private final Iris iris = Iris.defaultBase();

    @Test
    void mintsThingsUnderIdAndGraphsUnderGraph() {
        assertEquals("https://w3id.org/diplograph/id/state/RUS", iris.state("RUS").getURI());
        assertEquals("https://w3id.org/diplograph/id/actor/HAMAS", iris.actor("HAMAS").getURI());
        assertEquals("https://w3id.org/diplograph/id/institution/RUS/foreign-ministry",
                iris.institution("RUS", "foreign-ministry").getURI());
        assertEquals("https://w3id.org/diplograph/id/person/dmitry-peskov", iris.person("dmitry-peskov").getURI());
        assertEquals("https://w3id.org/diplograph/id/article/0123456789abcdef", iris.article("0123456789abcdef").getURI());
        assertEquals("https://w3id.org/diplograph/id/statement/0123456789abcdef/2",
                iris.statement("0123456789abcdef", 2).getURI());
        assertEquals("https://w3id.org/diplograph/id/claim/0123456789abcdef/2/3",
                iris.claim("0123456789abcdef", 2, 3).getURI());
        assertEquals("https://w3id.org/diplograph/id/claim/0123456789abcdef/2/3#evidence",
                iris.evidence(iris.claim("0123456789abcdef", 2, 3)).getURI());
        assertEquals("https://w3id.org/diplograph/id/statement/0123456789abcdef/1#speaker",
                iris.speakerOf(iris.statement("0123456789abcdef", 1)).getURI());
        assertEquals("https://w3id.org/diplograph/id/extraction/0123456789abcdef",
                iris.extraction("0123456789abcdef").getURI());
        assertEquals("https://w3id.org/diplograph/graph/article/0123456789abcdef",
                iris.articleGraph("0123456789abcdef").getURI());
        assertEquals("https://w3id.org/diplograph/graph/ontology", iris.ontologyGraph().getURI());
        assertEquals("https://w3id.org/diplograph/graph/lexicon", iris.lexiconGraph().getURI());
    }

    @Test
    void mintsMembershipFromPersonRoleAndOrganisationPath() {
        assertEquals("https://w3id.org/diplograph/id/membership/maria-zakharova/spokesperson/institution/RUS/foreign-ministry",
                iris.membership("maria-zakharova", Role.SPOKESPERSON, iris.institution("RUS", "foreign-ministry")).getURI());
    }

    @Test
    void followsAConfiguredBase() {
        Iris other = Iris.withBase("http://localhost:3030/kg/");
        assertEquals("http://localhost:3030/kg/id/state/TUR", other.state("TUR").getURI());
        assertEquals("http://localhost:3030/kg/graph/lexicon", other.lexiconGraph().getURI());
    }

    @ParameterizedTest
    @CsvSource({"TUR, https://w3id.org/diplograph/id/state/TUR", "UN, https://w3id.org/diplograph/id/actor/UN",
            "ICC, https://w3id.org/diplograph/id/actor/ICC", "HAMAS, https://w3id.org/diplograph/id/actor/HAMAS",
            "WAGNER, https://w3id.org/diplograph/id/actor/WAGNER"})
    void participantIsActorForActorCodesAndStateForIso3(String code, String iri) {
        assertEquals(iri, iris.participant(code).getURI());
    }

    @Test
    void articleKeyIsSha256OfUrlElseOfBody() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea", Iris.articleKey(new Article("f", null, null, null, "abc", null, "body")));
        assertEquals("ba7816bf8f01cfea", Iris.articleKey(new Article("f", null, null, null, null, null, "abc")));
        assertEquals("ba7816bf8f01cfea", Iris.articleKey(new Article("g", "t", null, null, " ", "ar", "abc")));
    }

    @ParameterizedTest
    @CsvSource({"ماريا زاخاروفا, marya-zakharwfa", "أحمد أبو الغيط, ahmd-abw-alghyt", "احمد ابو الغيط, ahmd-abw-alghyt",
            "مُصْطَفى, mstfy", "'  Sergei   Lavrov ', sergei-lavrov", "Jean-Noël Barrot, jeannoel-barrot",
            "Мария Захарова, maria-zaharova"})
    void slugsAreAsciiAndStableAcrossSpellingVariants(String name, String slug) {
        assertEquals(slug, Iris.slug(name));
        assertEquals(iris.person(slug), iris.personFromName(name));
    }

    @Test
    void sameInputGivesSameIri() {
        assertEquals(iris.personFromName("ماريا زاخاروفا"), Iris.defaultBase().personFromName("ماريا زاخاروفا"));
        assertEquals(NodeFactory.createURI("https://w3id.org/diplograph/id/person/marya-zakharwfa"),
                iris.personFromName("ماريا زاخاروفا"));
    }

    @Test
    void rejectsBadValuesNamingThem() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> iris.state("Ru")).getMessage())
                .isEqualTo("invalid ISO 3166-1 alpha-3 code 'Ru'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> iris.statement("0123456789abcdef", 0)).getMessage())
                .isEqualTo("invalid ordinal 0: numbering starts at 1");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Iris.slug("«»!")).getMessage())
                .isEqualTo("cannot make an IRI slug of the name '«»!'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Iris.withBase("https://x.org/kg")).getMessage())
                .isEqualTo("invalid IRI base 'https://x.org/kg': expected an absolute http(s) IRI ending in '/'");
        assertThat(assertThrows(IllegalArgumentException.class, () -> iris.article("XYZ")).getMessage())
                .isEqualTo("invalid article key 'XYZ'");
    }
}
