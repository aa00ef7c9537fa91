package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.model.UserException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LexiconLoader}: nisba expansion and loading the curated lexicon. */
class LexiconLoaderTest {
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = LexiconLoader.fromDirectory(Path.of("data/lexicon"));
    }

    private static LexiconLoader.NisbaForm f(String text, Gender g) {
        return new LexiconLoader.NisbaForm(text, g);
    }

    @Test
    void expandsANisbaEndingInYehIntoSixteenForms() {
        assertThat(LexiconLoader.nisbaForms("روسي")).containsExactly(
                f("روسي", Gender.MASCULINE), f("روسيه", Gender.FEMININE),
                f("روسيون", Gender.PLURAL), f("روسيين", Gender.PLURAL), f("روسيان", Gender.PLURAL),
                f("روسيتان", Gender.PLURAL), f("روسيتين", Gender.PLURAL), f("روسيات", Gender.PLURAL),
                f("الروسي", Gender.MASCULINE), f("الروسيه", Gender.FEMININE),
                f("الروسيون", Gender.PLURAL), f("الروسيين", Gender.PLURAL), f("الروسيان", Gender.PLURAL),
                f("الروسيتان", Gender.PLURAL), f("الروسيتين", Gender.PLURAL), f("الروسيات", Gender.PLURAL));
    }

    @Test
    void aNisbaGivenWithTheArticleExpandsLikeTheBareOne() {
        assertThat(LexiconLoader.nisbaForms("الروسي")).isEqualTo(LexiconLoader.nisbaForms("روسي"));
    }

    @Test
    void aNisbaWrittenWithHamzaOnAlefKeepsItsFirstSyllable() {
        // ألماني folds to الماني, which is not the article: الألمانية is the definite feminine
        assertThat(LexiconLoader.nisbaForms("ألماني")).contains(
                f("الماني", Gender.MASCULINE), f("الالماني", Gender.MASCULINE), f("الالمانيه", Gender.FEMININE),
                f("الالمانيين", Gender.PLURAL))
                .doesNotContain(f("ماني", Gender.MASCULINE), f("مانيه", Gender.FEMININE));
    }

    @Test
    void noConjugatedRelationVerbSpellsAPersonsNameWithAProclitic() {
        // يبرمان with ل reads ليبرمان: a generated verb form must not turn a person's name into a relation cue
        java.util.Set<String> nameWords = new java.util.HashSet<>();
        for (Lexicon.Surface s : lexicon.surfaces())
            if (s.entry() instanceof Entry.Name n && n.entity().kind() == Entity.Kind.PERSON) nameWords.addAll(s.tokens());
        // and the persons mined from news (not loaded, but names that news writes)
        org.apache.jena.rdf.model.Model mined = org.apache.jena.riot.RDFDataMgr.loadModel("data/lexicon/mined/persons-ar.ttl");
        for (var p : List.of(org.apache.jena.vocabulary.SKOS.prefLabel, org.apache.jena.vocabulary.SKOS.altLabel))
            mined.listObjectsOfProperty(p).forEach(o -> {
                for (String w : org.diplograph.text.ArabicFolding.fold(o.asLiteral().getLexicalForm()).split(" ")) nameWords.add(w);
            });
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel("data/lexicon/cues.ttl");
        List<String> clashes = new java.util.ArrayList<>();
        m.listObjectsOfProperty(org.diplograph.rdf.DG.verbForm).forEach(o -> {
            for (String form : ArabicCueForms.conjugations(o.asLiteral().getLexicalForm()))
                for (String proclitic : List.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فل"))
                    if (nameWords.contains(proclitic + form)) clashes.add(proclitic + form);
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void aRelationVerbIsConjugated() {
        assertThat(ArabicCueForms.conjugations("يدعم")).contains("يدعم", "تدعم", "ندعم", "يدعمون", "سيدعم", "ستدعم", "سندعم");
        assertThat(ArabicCueForms.conjugations("دعم")).contains("دعم", "دعمت", "دعموا");
        assertThat(ArabicCueForms.conjugations("التقى")).contains("التقت", "التقوا", "التقيا");
    }

    @Test
    void aNisbaOfTwoWordsAgreesWordByWord() {
        assertThat(LexiconLoader.nisbaForms("كوري شمالي")).contains(
                f("الكوري الشمالي", Gender.MASCULINE), f("الكوريه الشماليه", Gender.FEMININE),
                f("الكوريين الشماليين", Gender.PLURAL), f("كوري شمالي", Gender.MASCULINE))
                .doesNotContain(f("الكوري شمالي", Gender.MASCULINE), f("الكوري الشماليه", Gender.FEMININE))
                .hasSize(16);
    }

    @Test
    void aNisbaNotEndingInYehGetsOnlySingularForms() {
        assertThat(LexiconLoader.nisbaForms("عرب")).containsExactly(
                f("عرب", Gender.MASCULINE), f("عربه", Gender.FEMININE),
                f("العرب", Gender.MASCULINE), f("العربه", Gender.FEMININE));
    }

    @Test
    void stateKeepsItsCodeAndLabels() {
        Entity russia = lexicon.byCode("RUS").orElseThrow();
        assertThat(List.of(russia.kind(), russia.id(), russia.labelAr(), russia.labelEn()))
                .isEqualTo(List.of(Entity.Kind.STATE, "state/RUS", "روسيا", "Russia"));
    }

    @Test
    void personCarriesCountryRoleAndGender() {
        Entity zakharova = lexicon.entity("person/maria-zakharova").orElseThrow();
        assertThat(List.of(zakharova.country(), zakharova.role().code(), zakharova.institutionKind(),
                zakharova.gender())).isEqualTo(List.of("RUS", "spokesperson", "foreign-ministry", Gender.FEMININE));
    }

    @Test
    void aShortCapitalFormIsCaseSensitive() {
        List<String> cased = lexicon.surfaces().stream()
                .filter(s -> s.entry() instanceof Entry.Name n && n.entity().id().equals("state/USA"))
                .filter(s -> s.caseSensitiveForm() != null).map(Lexicon.Surface::caseSensitiveForm).sorted().toList();
        assertThat(cased).isEqualTo(List.of("U.S.", "US", "USA"));
    }

    @Test
    void aMissingFolderIsAUserError() {
        assertThatThrownBy(() -> LexiconLoader.fromDirectory(Path.of("no/such/lexicon")))
                .isInstanceOf(UserException.class)
                .hasMessage("lexicon folder no/such/lexicon not found; pass the folder that holds states.ttl, cues.ttl …");
    }
}
