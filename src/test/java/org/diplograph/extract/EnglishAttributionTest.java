package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.ExtractFixtures.en;

import java.util.Arrays;
import java.util.List;
import org.diplograph.extract.ExtractFixtures.Attribution;
import org.diplograph.model.Article;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who speaks in English articles: the attribution rules of {@link RuleExtractor}. */
class EnglishAttributionTest {
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = RuleExtractor.create(ExtractFixtures.lexicon(), null);
    }

    private static List<Statement> statements(String body) {
        return extractor.extract(en(body)).statements();
    }

    private static Statement only(String body) {
        List<Statement> all = statements(body);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aCapitalSpeakingForItsStateIsNamedByTheState() {
        Statement s = only("Moscow condemned the attack on the Iraqi embassy in Damascus.");
        assertThat(s.speaker().name()).isEqualTo("Russia");
        assertThat(s.speaker().country()).isEqualTo("RUS");
    }

    @Test
    void titledNameBeforeSaidIsTheSpeaker() {
        Statement s = only("Russian Foreign Minister Sergey Lavrov said Moscow supports talks between Armenia and Azerbaijan.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/sergey-lavrov", "en.subject-verb", "said"));
    }

    @Test
    void aBodyNamedWithTheArticleIsNamedWithoutIt() {
        Statement s = only("The Japanese government said Tokyo supports talks between Armenia and Azerbaijan.");
        assertThat(s.speaker().name()).isEqualTo("Japanese government");
        assertThat(s.speaker().country()).isEqualTo("JPN");
    }

    @Test
    void aBodyWhoseHeadNounComesBeforeOfIsProposed() {
        List<Proposal> ps = extractor.propose(org.diplograph.extract.ExtractFixtures.en(
                "On Friday, the United States Department of Transportation announced new sanctions on flights to Cuba."));
        assertThat(ps).extracting(p -> p.statement().speaker().name()).contains("United States Department of Transportation");
    }

    @Test
    void aRoleBeforeANameIsNoPartOfTheName() {
        Statement s = only("Amazon Research Institute Director Karman Zahidov said Brazil rejects the sanctions on Iran.");
        assertThat(s.speaker().name()).isEqualTo("Karman Zahidov");
    }

    @Test
    void saidAfterAQuoteTakesTheNameThatFollows() {
        Statement s = only("\"We welcome the resumption of relations between Saudi Arabia and Iran,\" said Omer Celik, "
                + "spokesman for the Turkish Foreign Ministry.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("Omer Celik", "en.verb-subject.title-unknown-name", "said"));
    }

    @Test
    void saidAfterAQuoteReadsTheRoleInTheTrailingApposition() {
        Statement s = only("\"We welcome the resumption of relations between Saudi Arabia and Iran,\" said Omer Celik, "
                + "spokesman for the Turkish Foreign Ministry.");
        assertThat(s.speaker()).isEqualTo(new Speaker("Omer Celik", null, SpeakerType.PERSON, "TUR", null,
                Role.SPOKESPERSON, null, "foreign-ministry", null, null));
    }

    @Test
    void aNameWithARoleBetweenCommasBeforeSaidIsAPersonWithThatRole() {
        Statement s = only("Omer Celik, spokesman for the Turkish Foreign Ministry, said Ankara is ready to restore "
                + "ties with Damascus.");
        assertThat(s.speaker()).isEqualTo(new Speaker("Omer Celik", null, SpeakerType.PERSON, "TUR", null,
                Role.SPOKESPERSON, null, "foreign-ministry", null, null));
    }

    @Test
    void anIndefiniteRoleBetweenCommasStillGivesTheRole() {
        Statement s = only("Omer Celik, a spokesman for the Turkish Foreign Ministry, said Ankara is ready to restore "
                + "ties with Damascus.");
        assertThat(s.speaker().role()).isEqualTo(Role.SPOKESPERSON);
        assertThat(s.speaker().country()).isEqualTo("TUR");
    }

    @Test
    void anOfficeForAStatesAffairsIsNotOfThatState() {
        Statement s = only("Li Wei, a spokesperson for the Taiwan Affairs Office, said Beijing opposes arms sales by "
                + "the United States to Taiwan.");
        assertThat(s.speaker().country()).isNull();
    }

    @Test
    void anOrganisationWrittenWithTheIsAnInstitutionNotAPerson() {
        Statement s = only("The European Union welcomes the progress of the talks between Armenia and Azerbaijan.");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(s.speaker().org()).isEqualTo("EU");
    }

    @Test
    void aParagraphOpeningAQuotationQuotesTheSpeakerBeforeIt() {
        List<Statement> all = statements("Omer Celik, spokesman for the Turkish Foreign Ministry, said Ankara is ready "
                + "to restore ties with Damascus.\n\n\u201CThe reconciliation between Egypt and Qatar, which the European "
                + "Union welcomes, is a model. The talks between Iran and Saudi Arabia must go on.");
        assertThat(all).extracting(st -> st.speaker().name()).containsOnly("Omer Celik");
        assertThat(all).extracting(Statement::ruleId).contains("quote-continuation");
    }

    @Test
    void statesAgreeingToActAreAnEventNotAStatement() {
        assertThat(statements("Egypt and Qatar agreed to restore diplomatic relations after talks in Kuwait.")).isEmpty();
    }

    @Test
    void whatPrecedesASubjectBeforeItsVerbIsCircumstanceNotContent() {
        Statement s = only("After signing the agreement with Iran, Qatar stressed the need to respect the sovereignty of "
                + "Bahrain.");
        assertThat(s.claims()).extracting(c -> c.relation().code()).containsOnly("recognition");
    }

    @Test
    void theMinistryAndTheSpokesmanReferBackToTheMinistryThatSpokeLast() {
        List<Statement> all = statements("The Turkish foreign ministry said Ankara condemned the Israeli strikes on Lebanon.\n"
                + "\"These attacks violate the sovereignty of Lebanon,\" the ministry said.\n"
                + "The spokesman added that Turkey supports a ceasefire between Israel and Hezbollah.");
        assertThat(all).hasSize(3);
        assertThat(all.get(1).speaker().name()).isEqualTo("Turkish foreign ministry");
        assertThat(all.get(2).speaker().type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(all.get(2).speaker().country()).isEqualTo("TUR");
        assertThat(all.get(2).claims()).extracting(c -> c.relation().code()).containsExactly("ceasefire");
    }

    @Test
    void aSubjectWithARelativeClauseBeforeItsVerbIsTheSpeaker() {
        Statement s = only("An Iranian official who spoke on condition of anonymity said Tehran was ready to restore ties "
                + "with Riyadh.");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(s.speaker().country()).isEqualTo("IRN");
        assertThat(s.ruleId()).isEqualTo("en.subject-relative-verb");
    }

    @Test
    void aCapitalNamedAsThePlaceOfTalksIsNotOneSideOfTheArticlesPair() {
        // the headline's states weigh three times: Baghdad, the venue, must not weigh with them
        List<Statement> all = extractor.extract(new Article("test/en.txt", "Officials meet in Baghdad", null, null, null,
                "en", "UN envoy Jean Arnault said Saudi Arabia and Iran would continue the dialogue.\n"
                + "Arnault said both sides would reopen embassies.")).statements();
        assertThat(all.get(all.size() - 1).claims().get(0).participants()).containsExactlyInAnyOrder("SAU", "IRN");
    }

    @Test
    void accordingToAfterTheContentAttributesTheContentBeforeIt() {
        Statement s = only("Ankara will restore ties with Damascus, according to Turkish Foreign Minister Hakan Fidan.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/hakan-fidan", "en.according-to", "according to"));
    }

    @Test
    void accordingToBeforeTheContentAttributesTheContentAfterIt() {
        Statement s = only("According to Turkish Foreign Minister Hakan Fidan, Ankara will restore ties with Damascus.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/hakan-fidan", "en.according-to", "According to"));
    }

    @Test
    void heAddedGoesToTheLastMaleSpeaker() {
        List<Statement> all = statements("Turkish Foreign Minister Hakan Fidan said Ankara wants better ties with Egypt. "
                + "He added that Turkey supports a ceasefire between Russia and Ukraine.");
        assertThat(all.stream().map(Attribution::of).toList()).containsExactly(
                new Attribution("person/hakan-fidan", "en.subject-verb", "said"),
                new Attribution("person/hakan-fidan", "en.pronoun", "added"));
    }

    @Test
    void sheAddedGoesToTheLastFemaleSpeaker() {
        List<Statement> all = statements("Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow supports talks "
                + "between Armenia and Azerbaijan. Kremlin spokesman Dmitry Peskov said Russia could mediate between "
                + "Baku and Yerevan. She added that sanctions on Iran were unacceptable.");
        assertThat(Attribution.of(all.get(all.size() - 1)))
                .isEqualTo(new Attribution("person/maria-zakharova", "en.pronoun", "added"));
    }

    @Test
    void aSurnameResolvesToTheFullNameIntroducedEarlier() {
        Statement s = only("Turkish Foreign Ministry spokesman Omer Celik met reporters on Monday.\n"
                + "Celik said Ankara is ready to restore ties with Damascus.");
        assertThat(Arrays.asList(s.speaker().name(), s.speaker().role(), s.ruleId()))
                .isEqualTo(List.of("Omer Celik", Role.SPOKESPERSON, "en.subject-verb"));
    }

    @Test
    void aSurnameKeepsTheCountryOfTheFullMention() {
        Statement s = only("Turkish Foreign Ministry spokesman Omer Celik met reporters on Monday.\n"
                + "Celik said Ankara is ready to restore ties with Damascus.");
        assertThat(s.speaker()).isEqualTo(new Speaker("Omer Celik", null, SpeakerType.PERSON, "TUR", null,
                Role.SPOKESPERSON, null, "foreign-ministry", null, null));
    }

    @Test
    void aStateBeforeAnAttitudeVerbIsAStateSpeaker() {
        Statement s = only("Qatar condemned the Israeli strikes on Syria.");
        assertThat(s.speaker()).isEqualTo(new Speaker("Qatar", "Qatar", SpeakerType.STATE, "QAT", null, null, null, null,
                "state/QAT", "Q846"));
    }

    @Test
    void aMinistryWithADemonymIsAnInstitutionSpeaker() {
        Statement s = only("The Russian Foreign Ministry said in a statement that the agreement between Iran and "
                + "Saudi Arabia is a positive step.");
        assertThat(s.speaker()).isEqualTo(new Speaker("Russian Foreign Ministry", null, SpeakerType.INSTITUTION,
                "RUS", null, null, "Russian Foreign Ministry", "foreign-ministry", null, null));
    }

    @Test
    void aSubjectVerbCueInsideReportedContentDoesNotStartANewStatement() {
        Statement s = only("Turkish Foreign Minister Hakan Fidan said Ankara welcomes the normalisation of ties "
                + "between Egypt and Israel.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/hakan-fidan", "en.subject-verb", "said"));
    }

    @Test
    void anOfficialAtAMinistryIsAnUnnamedSpeaker() {
        Statement s = only("An official at the Turkish Foreign Ministry said Ankara is ready to restore ties with Damascus.");
        assertThat(Arrays.asList(s.speaker().type(), s.speaker().country(), s.speaker().role()))
                .isEqualTo(List.of(SpeakerType.UNNAMED, "TUR", Role.OFFICIAL));
    }

    @Test
    void aLoneSurnameBeforeOrAfterSaidIsThePersonTheArticleNamedInFull() {
        String body = "Colombian envoy Alvaro Leyva met Venezuelan colleague Carlos Faria in Caracas on Monday.\n"
                + "\"Relations between Colombia and Venezuela are entering a new stage,\" Leyva said.\n"
                + "\"The border between Venezuela and Colombia will reopen for trade,\" said Faria.";
        List<String> names = statements(body).stream().map(st -> st.speaker().name()).toList();
        assertThat(names).contains("Alvaro Leyva", "Carlos Faria");
    }

    @Test
    void aLoneUnknownCapitalisedWordTheArticleNeverNamedInFullIsNoSpeaker() {
        // no full name for "Tachira" anywhere: a single unknown word is not taken for a person
        assertThat(statements("\"The border with Colombia will reopen,\" Tachira said.")).isEmpty();
        assertThat(EnglishSpeakers.fullName(new ArticleAnalysis(en("Talks between Colombia and Venezuela went on."),
                new org.diplograph.gazetteer.LexiconMatcher(ExtractFixtures.lexicon())), 3)).isNull();
    }
}
