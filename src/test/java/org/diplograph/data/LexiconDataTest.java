package org.diplograph.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the curated lexicon data in {@code data/lexicon} (states, actors, institution kinds, persons). */
class LexiconDataTest {

    static final Path DIR = Path.of("data", "lexicon");
    static final String DG = "https://w3id.org/diplograph/ontology#";
    static final String ID = "https://w3id.org/diplograph/id/";
    static final String STATE = ID + "state/";
    static final String ACTOR = ID + "actor/";
    static final String PERSON = ID + "person/";
    static final String ROLE = "https://w3id.org/diplograph/concept/role/";
    static final String INSTITUTION_KIND = "https://w3id.org/diplograph/lexicon/institution/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final List<String> ORGANISATION_CODES = List.of("UN", "UNSC", "EU", "NATO", "ARAB_LEAGUE", "GCC", "OIC",
            "AU", "IAEA", "ICJ", "ICC", "OPEC", "ASEAN", "SCO", "BRICS");
    static final List<String> MOVEMENT_CODES = List.of("HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN", "ISIS", "PKK",
            "YPG_SDF", "MUSLIM_BROTHERHOOD", "SYRIAN_OPPOSITION");
    static final Set<String> ROLE_CODES = Set.of("head_of_state", "head_of_government", "foreign_minister",
            "minister", "spokesperson", "ambassador", "envoy", "official", "military", "legislator", "party_leader",
            "org_official", "other");

    static Model states, actors, institutions, persons, all;

    static Property dg(String local) {
        return ModelFactory.createDefaultModel().createProperty(DG + local);
    }

    static Model load(String file) {
        return RDFDataMgr.loadModel(DIR.resolve(file).toString());
    }

    @BeforeAll
    static void loadAll() {
        states = load("states.ttl");
        actors = load("actors.ttl");
        institutions = load("institutions.ttl");
        persons = load("persons.ttl");
        all = ModelFactory.createUnion(ModelFactory.createUnion(states, actors),
                ModelFactory.createUnion(institutions, persons));
    }

    static List<QuerySolution> select(Model model, ParameterizedSparqlString pss) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    static ParameterizedSparqlString query(String text) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        pss.setNsPrefix("dg", DG);
        pss.setNsPrefix("skos", SKOS.uri);
        pss.setNsPrefix("owl", OWL.NS);
        pss.setNsPrefix("foaf", FOAF);
        pss.setNsPrefix("prov", PROV);
        return pss;
    }

    static boolean hasLiteralInLanguage(Resource subject, Property property, String lang) {
        for (Statement st : subject.listProperties(property).toList()) {
            RDFNode o = st.getObject();
            if (o.isLiteral() && lang.equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"states.ttl", "actors.ttl", "institutions.ttl", "persons.ttl"})
    void everyLexiconFileParsesAsTurtleAndIsNotEmpty(String file) {
        assertThat(Files.exists(DIR.resolve(file))).as(file).isTrue();
        assertThatCode(() -> load(file)).doesNotThrowAnyException();
        assertThat(load(file).size()).as(file).isPositive();
    }

    @Test
    void exactly193MemberStatesAndPalestineAndHolySeeAsObservers() {
        ParameterizedSparqlString pss = query(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a dg:State ; dg:unStatus ?status }");
        pss.setLiteral("status", "member");
        assertThat(select(states, pss).get(0).getLiteral("n").getInt()).isEqualTo(193);

        ParameterizedSparqlString observers = query("SELECT ?iso WHERE { ?s a dg:State ; dg:unStatus ?status ; dg:iso3 ?iso }");
        observers.setLiteral("status", "observer");
        List<String> isos = select(states, observers).stream().map(r -> r.getLiteral("iso").getString()).toList();
        assertThat(isos).containsExactlyInAnyOrder("PSE", "VAT");
    }

    @Test
    void everyStateHasIso3MatchingItsIriLabelsAndCapitalsInArabicAndEnglish() {
        List<Resource> all = states.listSubjectsWithProperty(RDF.type, states.createResource(DG + "State")).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(195);
        for (Resource s : all) {
            assertThat(s.getURI()).startsWith(STATE);
            String iso = s.getURI().substring(STATE.length());
            assertThat(iso).matches("[A-Z]{3}");
            assertThat(s.listProperties(dg("iso3")).toList()).as(iso).hasSize(1);
            assertThat(s.getProperty(dg("iso3")).getString()).as(iso).isEqualTo(iso);
            assertThat(s.getProperty(dg("unStatus")).getString()).as(iso).isIn("member", "observer", "other");
            assertThat(hasLiteralInLanguage(s, SKOS.prefLabel, "ar")).as(iso + " prefLabel@ar").isTrue();
            assertThat(hasLiteralInLanguage(s, SKOS.prefLabel, "en")).as(iso + " prefLabel@en").isTrue();
            assertThat(hasLiteralInLanguage(s, dg("capital"), "ar")).as(iso + " capital@ar").isTrue();
            assertThat(hasLiteralInLanguage(s, dg("capital"), "en")).as(iso + " capital@en").isTrue();
            for (String lang : List.of("ar", "en", "ru")) {
                assertThat(s.listProperties(SKOS.prefLabel).toList().stream()
                        .filter(st -> lang.equals(st.getLiteral().getLanguage())).count())
                        .as(iso + " one prefLabel@" + lang).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void arabicDemonymsAreNisbasWithoutArticle() {
        for (Statement st : states.listStatements(null, dg("demonym"), (RDFNode) null).toList()) {
            Literal l = st.getLiteral();
            if ("ar".equals(l.getLanguage())) {
                assertThat(l.getString()).as(st.getSubject().getURI()).doesNotStartWith("ال").endsWith("ي");
            }
        }
    }

    @Test
    void everyGuidelineActorCodeHasAnActorOfTheRightClass() {
        for (String code : ORGANISATION_CODES) {
            assertActor(code, "InternationalOrganization");
        }
        for (String code : MOVEMENT_CODES) {
            assertActor(code, "NonStateActor");
        }
    }

    private void assertActor(String code, String type) {
        ParameterizedSparqlString pss = query("SELECT ?s WHERE { ?s a ?type ; dg:actorCode ?code }");
        pss.setLiteral("code", code);
        pss.setIri("type", DG + type);
        List<QuerySolution> rows = select(actors, pss);
        assertThat(rows).as(code).hasSize(1);
        Resource actor = rows.get(0).getResource("s");
        assertThat(actor.getURI()).isEqualTo(ACTOR + code);
        assertThat(hasLiteralInLanguage(actor, SKOS.prefLabel, "ar")).as(code + " prefLabel@ar").isTrue();
        assertThat(hasLiteralInLanguage(actor, SKOS.prefLabel, "en")).as(code + " prefLabel@en").isTrue();
    }

    @Test
    void noWikidataQidIsSharedByTwoSubjects() {
        Map<String, Set<String>> byQid = new HashMap<>();
        for (Statement st : all.listStatements(null, OWL.sameAs, (RDFNode) null).toList()) {
            assertThat(st.getObject().isURIResource()).isTrue();
            String q = st.getResource().getURI();
            assertThat(q).as(st.getSubject().getURI()).matches(java.util.regex.Pattern.quote(WD) + "Q[1-9][0-9]*");
            byQid.computeIfAbsent(q, k -> new HashSet<>()).add(st.getSubject().getURI());
        }
        assertThat(byQid).isNotEmpty();
        byQid.forEach((q, subjects) -> assertThat(subjects).as(q).hasSize(1));
    }

    @Test
    void everyInstitutionKindHasArabicAndEnglishLabels() {
        List<Resource> kinds = institutions.listSubjectsWithProperty(RDF.type,
                institutions.createResource(DG + "InstitutionKind")).toList();
        assertThat(kinds).isNotEmpty();
        for (Resource k : kinds) {
            assertThat(k.getURI()).startsWith(INSTITUTION_KIND);
            assertThat(hasLiteralInLanguage(k, SKOS.prefLabel, "ar")).as(k.getURI()).isTrue();
            assertThat(hasLiteralInLanguage(k, SKOS.prefLabel, "en")).as(k.getURI()).isTrue();
        }
    }

    @Test
    void everyPersonHasLabelsGenderRoleAndADefinedStateOrOrganisation() {
        ParameterizedSparqlString pss = query("SELECT DISTINCT ?p WHERE { ?p a ?personClass }");
        pss.setIri("personClass", PROV + "Person");
        List<Resource> people = select(persons, pss).stream().map(r -> r.getResource("p")).toList();
        assertThat(people).hasSizeGreaterThanOrEqualTo(100);
        Resource definedState = all.createResource(DG + "State");
        for (Resource p0 : people) {
            Resource p = all.getResource(p0.getURI());
            String id = p.getURI();
            assertThat(id).startsWith(PERSON);
            assertThat(id.substring(PERSON.length())).as(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.hasProperty(RDF.type, all.createResource(FOAF + "Person"))).as(id).isTrue();
            assertThat(hasLiteralInLanguage(p, SKOS.prefLabel, "ar")).as(id + " prefLabel@ar").isTrue();
            assertThat(hasLiteralInLanguage(p, SKOS.prefLabel, "en")).as(id + " prefLabel@en").isTrue();
            Statement gender = p.getProperty(all.createProperty(FOAF + "gender"));
            assertThat(gender).as(id + " gender").isNotNull();
            assertThat(gender.getString()).as(id).isIn("male", "female");

            List<Statement> roles = p.listProperties(dg("role")).toList();
            assertThat(roles).as(id + " role").isNotEmpty();
            for (Statement r : roles) {
                String uri = r.getResource().getURI();
                assertThat(uri).as(id).startsWith(ROLE);
                assertThat(ROLE_CODES).as(id).contains(uri.substring(ROLE.length()));
            }

            List<Statement> countries = p.listProperties(dg("country")).toList();
            List<Statement> orgs = p.listProperties(dg("organization")).toList();
            assertThat(countries.size() + orgs.size()).as(id + " country or organization").isPositive();
            for (Statement c : countries) {
                assertThat(c.getResource().hasProperty(RDF.type, definedState)).as(id + " -> " + c.getObject()).isTrue();
            }
            for (Statement o : orgs) {
                assertThat(o.getResource().hasProperty(dg("actorCode"))).as(id + " -> " + o.getObject()).isTrue();
            }
            for (Statement k : p.listProperties(dg("institutionKind")).toList()) {
                assertThat(k.getResource().hasProperty(RDF.type, all.createResource(DG + "InstitutionKind")))
                        .as(id + " -> " + k.getObject()).isTrue();
            }
        }
    }

    @Test
    void personArabicAltLabelsAreNotTheBareSurnameOfTheirPrefLabel() {
        ParameterizedSparqlString pss = query("""
                SELECT ?p ?pref ?alt WHERE {
                  ?p a ?personClass ; skos:prefLabel ?pref ; skos:altLabel ?alt
                  FILTER(lang(?pref) = 'ar' && lang(?alt) = 'ar')
                }""");
        pss.setIri("personClass", PROV + "Person");
        for (QuerySolution row : select(persons, pss)) {
            String[] tokens = row.getLiteral("pref").getString().trim().split("\\s+");
            String surname = tokens[tokens.length - 1];
            assertThat(row.getLiteral("alt").getString().trim()).as(row.getResource("p").getURI()).isNotEqualTo(surname);
        }
    }
}
