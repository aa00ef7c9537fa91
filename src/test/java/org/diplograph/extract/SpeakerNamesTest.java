package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.ExtractFixtures.ar;

import java.util.List;
import org.diplograph.model.Role;
import org.diplograph.model.Span;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.Test;

/** The last touch on speakers' names: {@link SpeakerNames}. */
class SpeakerNamesTest {
    private static Speaker person(String name) {
        return new Speaker(name, null, SpeakerType.PERSON, null, null, null, null, null, null, null);
    }

    private static Speaker body(String name, String country) {
        return new Speaker(name, null, SpeakerType.INSTITUTION, country, null, null, name, null, null, null);
    }

    private static Statement says(Speaker sp) {
        return new Statement(sp, "قال", new Span(0, 3), new Span(0, 20), List.of(), "test");
    }

    @Test
    void hashtagWordsAreSeparated() {
        assertThat(SpeakerNames.clean("#كرمان_زهيدوف")).isEqualTo("كرمان زهيدوف");
        assertThat(SpeakerNames.clean("#Orla__Brevik")).isEqualTo("Orla Brevik");
        assertThat(SpeakerNames.clean("كرمان   زهيدوف")).isEqualTo("كرمان زهيدوف");
    }

    @Test
    void quotesBracketsAndPunctuationAroundTheNameAreDropped() {
        assertThat(SpeakerNames.clean("\"كرمان زهيدوف\"")).isEqualTo("كرمان زهيدوف");
        assertThat(SpeakerNames.clean("«لوريندا كاباسي»،")).isEqualTo("لوريندا كاباسي");
        assertThat(SpeakerNames.clean("“Orla Brevik”")).isEqualTo("Orla Brevik");
        assertThat(SpeakerNames.clean("(سامر بلقاسمي)")).isEqualTo("سامر بلقاسمي");
    }

    @Test
    void aBracketClosedInsideTheNameKeepsItsOpeningOne() {
        assertThat(SpeakerNames.clean("وكالة الأنباء الوطنية (وان)")).isEqualTo("وكالة الأنباء الوطنية (وان)");
    }

    @Test
    void nothingLeftIsNoName() {
        assertThat(SpeakerNames.clean("«»")).isNull();
        assertThat(SpeakerNames.clean((String) null)).isNull();
    }

    @Test
    void thePrepositionLamOnABodyIsDropped() {
        Speaker sp = SpeakerNames.clean(body("لوزارة الخارجية الليبية", "LBY"));
        assertThat(sp.name()).isEqualTo("وزارة الخارجية الليبية");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.country()).isEqualTo("LBY");
    }

    @Test
    void lamWithTheArticleOnABodyGetsTheArticleBack() {
        Speaker sp = SpeakerNames.clean(body("للخارجية الليبية", "LBY"));
        assertThat(sp.name()).isEqualTo("الخارجية الليبية");
        assertThat(sp.institution()).isEqualTo("الخارجية الليبية");
    }

    @Test
    void aBodyWhoseNameMerelyStartsWithLamIsLeftAlone() {
        Speaker sp = body("لجنة المتابعة العليا", null);
        assertThat(SpeakerNames.clean(sp)).isSameAs(sp);
    }

    @Test
    void aRolesGenitiveInFrontOfAPersonIsDropped() {
        assertThat(SpeakerNames.clean(person("للجامعة كريم الفاضلي")).name()).isEqualTo("كريم الفاضلي");
        // a single word is left alone: nothing would remain of the name
        assertThat(SpeakerNames.clean(person("للجامعة")).name()).isEqualTo("للجامعة");
        // a body's preposition rule does not apply to persons
        assertThat(SpeakerNames.clean(person("لوريندا كاباسي")).name()).isEqualTo("لوريندا كاباسي");
    }

    @Test
    void aCleanSpeakerIsReturnedAsItIs() {
        Speaker sp = person("كرمان زهيدوف");
        assertThat(SpeakerNames.clean(sp)).isSameAs(sp);
    }

    @Test
    void theInstitutionFieldOfABodyNamedAfterLamLosesThePrepositionToo() {
        // The statement-of rule gives name and institution as written after بيان (بيان لوزارة …); the name is
        // cleaned, the institution must match it.
        Speaker sp = SpeakerNames.clean(body("لوزارة الخارجية الليبية", "LBY"));
        assertThat(sp.institution()).isEqualTo("وزارة الخارجية الليبية");
    }

    @Test
    void endToEndAStatementOfAMinistryHasNoPrepositionInItsInstitution() {
        RuleExtractor x = RuleExtractor.create(ExtractFixtures.lexicon(), null);
        List<Statement> st = x.extract(ar("وقال بيان لوزارة الخارجية الليبية إن طرابلس ترفض التدخل التركي.")).statements();
        assertThat(st).hasSize(1);
        assertThat(st.get(0).speaker().name()).isEqualTo("وزارة الخارجية الليبية");
        assertThat(st.get(0).speaker().institution()).isEqualTo("وزارة الخارجية الليبية");
    }

    @Test
    void consolidateGivesASurnameOnlyPersonTheFullName() {
        Speaker full = new Speaker("كرمان زهيدوف", null, SpeakerType.PERSON, "TUR", null, Role.MINISTER, null, null, null, null);
        Speaker surname = person("زهيدوف");
        Speaker other = person("لوريندا كاباسي");
        List<Statement> out = SpeakerNames.consolidate(List.of(says(full), says(surname), says(other)));
        assertThat(out).extracting(s -> s.speaker().name()).containsExactly("كرمان زهيدوف", "كرمان زهيدوف", "لوريندا كاباسي");
        Speaker merged = out.get(1).speaker();
        assertThat(merged.country()).as("takes the full name's state when it had none").isEqualTo("TUR");
        assertThat(merged.role()).isEqualTo(Role.MINISTER);
        assertThat(merged.type()).isEqualTo(SpeakerType.PERSON);
    }

    @Test
    void consolidateMatchesOnlyTheEndOfAPersonsName() {
        Speaker full = person("كرمان زهيدوف");
        Speaker first = person("كرمان");
        List<Statement> out = SpeakerNames.consolidate(List.of(says(full), says(first)));
        assertThat(out.get(1).speaker().name()).as("a first name is not a surname").isEqualTo("كرمان");
    }

    @Test
    void consolidateGivesAShortBodyNameTheLongerOne() {
        Speaker longName = body("وزارة الخارجية الليبية", "LBY");
        Speaker shortName = body("وزارة الخارجية", null);
        List<Statement> out = SpeakerNames.consolidate(List.of(says(shortName), says(longName)));
        assertThat(out.get(0).speaker().name()).isEqualTo("وزارة الخارجية الليبية");
        assertThat(out.get(0).speaker().institution()).isEqualTo("وزارة الخارجية الليبية");
        assertThat(out.get(0).speaker().country()).isEqualTo("LBY");
    }

    @Test
    void consolidateKeepsABodyOfAnotherState() {
        Speaker libyan = body("وزارة الخارجية الليبية", "LBY");
        Speaker tunisian = body("وزارة الخارجية", "TUN");
        List<Statement> out = SpeakerNames.consolidate(List.of(says(tunisian), says(libyan)));
        assertThat(out.get(0).speaker().name()).isEqualTo("وزارة الخارجية");
    }

    @Test
    void consolidateLeavesKnownSpeakersAndOtherTypesAlone() {
        Speaker known = new Speaker("فيدان", null, SpeakerType.PERSON, "TUR", null, null, null, null, "person/hakan-fidan", null);
        Speaker full = person("هاكان فيدان");
        Speaker state = new Speaker("تركيا", null, SpeakerType.STATE, "TUR", null, null, null, null, "state/TUR", null);
        List<Statement> in = List.of(says(known), says(full), says(state));
        assertThat(SpeakerNames.consolidate(in)).isSameAs(in);
    }

    @Test
    void consolidateTakesTheLongestOfSeveralFullNames() {
        List<Statement> out = SpeakerNames.consolidate(List.of(says(person("زهيدوف")), says(person("كرمان زهيدوف")),
                says(person("علي كرمان زهيدوف"))));
        assertThat(out.get(0).speaker().name()).isEqualTo("علي كرمان زهيدوف");
        assertThat(out.get(1).speaker().name()).isEqualTo("علي كرمان زهيدوف");
    }

    @Test
    void aNameWithoutAWordOfThreeLettersIsAStrayCliticUnlessTheLexiconKnowsIt() {
        assertThat(SpeakerNames.isWordless(new Speaker("لـ", null, SpeakerType.PERSON, null, null, null, null, null, null, null))).isTrue();
        assertThat(SpeakerNames.isWordless(new Speaker("كرمان زهيدوف", null, SpeakerType.PERSON, null, null, null, null, null, null, null))).isFalse();
        assertThat(SpeakerNames.isWordless(new Speaker("UN", null, SpeakerType.INSTITUTION, null, "UN", null, null, null, "actor/UN", null))).isFalse();
        assertThat(SpeakerNames.isWordless(new Speaker(null, null, SpeakerType.UNNAMED, "TUR", null, null, null, null, null, null))).isFalse();
    }
}
