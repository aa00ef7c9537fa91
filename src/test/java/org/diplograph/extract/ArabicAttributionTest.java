package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.ExtractFixtures.ar;

import java.util.Arrays;
import java.util.List;
import org.diplograph.extract.ExtractFixtures.Attribution;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who speaks in Arabic articles: the attribution rules of {@link RuleExtractor}. */
class ArabicAttributionTest {
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = RuleExtractor.create(ExtractFixtures.lexicon(), null);
    }

    private static List<Statement> statements(String body) {
        return extractor.extract(ar(body)).statements();
    }

    private static Statement only(String body) {
        List<Statement> all = statements(body);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aCapitalSpeakingForItsStateIsNamedByTheState() {
        Statement s = only("ونفت موسكو ضلوعها في الهجوم على السفارة البريطانية في بغداد.");
        assertThat(s.speaker().type()).isEqualTo(org.diplograph.model.SpeakerType.STATE);
        assertThat(s.speaker().name()).isEqualTo("روسيا");
        assertThat(s.speaker().country()).isEqualTo("RUS");
        // the state named by its name keeps the name as written
        assertThat(only("ونفت روسيا ضلوعها في الهجوم على السفارة البريطانية في بغداد.").speaker().name()).isEqualTo("روسيا");
    }

    @Test
    void verbSubjectWithTitleInstitutionNisbaAndUnknownNameIsAPersonOfThatState() {
        Statement s = only("قال المتحدث باسم وزارة الخارجية التركية أحمد يلماز إن أنقرة ترحب بتطبيع العلاقات مع القاهرة.");
        assertThat(s.speaker()).isEqualTo(new Speaker("أحمد يلماز", null, SpeakerType.PERSON, "TUR", null,
                Role.SPOKESPERSON, null, "foreign-ministry", null, null));
    }

    @Test
    void verbSubjectWithUnknownNameRecordsTheTitleUnknownNameRule() {
        Statement s = only("قال المتحدث باسم وزارة الخارجية التركية أحمد يلماز إن أنقرة ترحب بتطبيع العلاقات مع القاهرة.");
        assertThat(s.ruleId()).isEqualTo("ar.verb-subject.title-unknown-name");
    }

    @Test
    void verbSubjectWithACuratedPersonTakesTheLexiconEntry() {
        Statement s = only("قال وزير الخارجية التركي هاكان فيدان إن العلاقات بين تركيا واليونان جيدة.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/hakan-fidan", "ar.verb-subject.title-name", "قال"));
    }

    @Test
    void aConsulPostedInACityTheLexiconDoesNotKnowIsStillTheSubject() {
        Statement s = only("وكان القنصل الروسي في قازان أوليغ سيدوروف، قال إن الحوار بين تركيا وسوريا مفيد.");
        assertThat(s.speaker().name()).isEqualTo("أوليغ سيدوروف");
        assertThat(s.speaker().country()).isEqualTo("RUS");
        assertThat(s.ruleId()).isEqualTo("ar.subject-verb.title-name");
    }

    @Test
    void aRoleWithoutItsStateIsThePersonOfThatRoleNamedJustBefore() {
        // فيدان is only mentioned (he meets), not a speaker, when "the minister" speaks
        List<Statement> all = statements("التقى وزير الخارجية التركي هاكان فيدان نظيره السوري في أنقرة.\n"
                + "وأكد الوزير أن تركيا تدعم تطبيع العلاقات مع سوريا.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).speaker().entityId()).isEqualTo("person/hakan-fidan");
    }

    @Test
    void aRoleWithoutItsStateIsNotAPersonNamedOnlyAfterIt() {
        List<Statement> all = statements("وأكد الوزير أن تركيا تدعم تطبيع العلاقات مع سوريا.\n"
                + "التقى وزير الخارجية التركي هاكان فيدان نظيره السوري في أنقرة.");
        assertThat(all).extracting(st -> st.speaker().entityId()).doesNotContain("person/hakan-fidan");
    }

    @Test
    void aBodyNamedAgainByItsKindIsTheOneOfThatKindThatSpokeLast() {
        List<Statement> all = statements("وقالت وزارة الخارجية الأردنية إن عمّان ترحب بالحوار بين لبنان وسوريا.\n"
                + "وأضافت الوزارة أن الأردن يدعم تطبيع العلاقات بين تركيا وسوريا.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker()).isEqualTo(all.get(0).speaker());
        assertThat(all.get(1).speaker().country()).isEqualTo("JOR");
    }

    @Test
    void aMinistryWithAPortfolioTheLexiconDoesNotKnowKeepsItsWholeNameAndState() {
        Statement s = only("وذكرت وزارة الإعلام الأردنية أن الأردن يدعم الحوار بين لبنان وسوريا.");
        assertThat(s.speaker().name()).isEqualTo("وزارة الإعلام الأردنية");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(s.speaker().country()).isEqualTo("JOR");
    }

    @Test
    void aDayAfterTheMinisterIsNoPortfolio() {
        List<Statement> all = statements("قال وزير الخزانة الأمريكي فالنتين دروبيسكو إن واشنطن ستفرض عقوبات على إيران.\n"
                + "وقال الوزير الاثنين إن الولايات المتحدة تدعم الحوار بين تركيا وسوريا.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker().name()).isEqualTo("فالنتين دروبيسكو");
    }

    @Test
    void dantIsAFormOfCondemning() {
        Statement s = only("من جانبها، دانت وزارة الخارجية التركية الهجوم على إدلب في سوريا.");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(s.speaker().country()).isEqualTo("TUR");
        assertThat(s.claims()).allSatisfy(c -> assertThat(c.stance().code()).isEqualTo("negative"));
    }

    @Test
    void whomAnOfficialSpokeToIsNoName() {
        for (String body : List.of("قال مسؤول تركي لـCNN إن تركيا ترحب بالحوار مع اليونان.",
                "قال مسؤول تركي لوكالتنا إن تركيا ترحب بالحوار مع اليونان.",
                "قال مسؤول تركي تحدث شريطة عدم الكشف عن هويته إن تركيا ترحب بالحوار مع اليونان.")) {
            Statement s = only(body);
            assertThat(s.speaker().type()).as(body).isEqualTo(SpeakerType.UNNAMED);
            assertThat(s.speaker().country()).as(body).isEqualTo("TUR");
        }
    }

    @Test
    void anImpersonalNoteOfTheWriterIsNoContinuation() {
        List<Statement> all = statements("قال وزير الخارجية التركي هاكان فيدان إن أنقرة تدعم الحوار مع دمشق.\n"
                + "يذكر أن تركيا وسوريا قطعتا العلاقات الدبلوماسية عام 2012.");
        assertThat(all).hasSize(1);
    }

    @Test
    void aRelayThroughAStatementAttributesToItsOwner() {
        Statement s = only("ووفقا لبيان الخارجية الأردنية فإن عمّان تدعم الحوار بين لبنان وسوريا.");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(s.speaker().country()).isEqualTo("JOR");
        assertThat(s.ruleId()).isEqualTo("ar.relay");
    }

    @Test
    void aVerbAfterAPronounComplementiserKeepsTheSpeakerAndItsObjectIsNoSpeaker() {
        List<Statement> all = statements("وقال وزير الخارجية التركي هاكان فيدان إنه أبلغ وزير الخارجية الروسي سيرغي "
                + "لافروف بأن أنقرة تدعم الحوار مع دمشق.");
        assertThat(all).extracting(st -> st.speaker().entityId()).containsOnly("person/hakan-fidan");
    }

    @Test
    void twoCoordinatedInstitutionsSpeakEachForItself() {
        List<Statement> all = statements("وكانت الانتقادات التي وجهتها وزارة الخارجية الكندية وسفارة كندا، للسعودية بسبب "
                + "اعتقال نشطاء قد أثارت الأزمة.");
        assertThat(all).extracting(st -> st.speaker().name()).containsExactly("وزارة الخارجية الكندية", "سفارة كندا");
    }

    @Test
    void withQadBeforeTheVerbTheSubjectComesFirstAndTheObjectIsNoSpeaker() {
        Statement s = only("وكان وزير الخارجية التركي هاكان فيدان قد انتقد المملكة العربية السعودية بسبب التدخل في شؤون لبنان.");
        assertThat(s.speaker().entityId()).isEqualTo("person/hakan-fidan");
    }

    @Test
    void theMinisterRefersBackToTheForeignMinisterOfThatState() {
        List<Statement> all = statements("قال وزير الخارجية التركي أحمد يلماز إن أنقرة تدعم الحوار مع دمشق.\n"
                + "وقال الوزير التركي إن العلاقات بين تركيا ومصر جيدة.");
        assertThat(all).extracting(st -> st.speaker().name()).containsOnly("أحمد يلماز");
    }

    @Test
    void aStateSpeaksThroughItsOnlyMinistryThatSpeaksInTheArticle() {
        List<Statement> all = statements("أعلنت السودان إلغاء الاتفاقيات العسكرية مع كوريا الشمالية.\n"
                + "وقالت وزارة الخارجية السودانية إن الخرطوم تلتزم بعقوبات مجلس الأمن على كوريا الشمالية.");
        assertThat(all).extracting(st -> st.speaker().name()).containsOnly("وزارة الخارجية السودانية");
    }

    @Test
    void theMinistryNamedAgainIsTheInstitutionThatSpokeLast() {
        List<Statement> all = statements("أعلنت وزارة الخارجية الجزائرية استدعاء سفيرها لدى مدريد للتشاور.\n"
                + "وقال المتحدث باسم الوزارة في بيان إن الجزائر ترفض التدخل الإسباني في شؤونها.");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).speaker().country()).isEqualTo("DZA");
        assertThat(all.get(1).speaker().role()).isEqualTo(Role.SPOKESPERSON);
    }

    @Test
    void subjectVerbSurnameResolvesToTheFullNameIntroducedEarlier() {
        Statement s = only("التقى وزير الخارجية التركي أحمد يلماز نظيره المصري في القاهرة يوم الأحد.\n"
                + "يلماز قال إن العلاقات بين تركيا ومصر تتطور بشكل إيجابي.");
        assertThat(s.speaker()).isEqualTo(new Speaker("أحمد يلماز", null, SpeakerType.PERSON, "TUR", null,
                Role.FOREIGN_MINISTER, null, "foreign-ministry", null, null));
    }

    @Test
    void subjectVerbSurnameOfACuratedPersonResolvesThroughTheLexicon() {
        Statement s = only("لافروف يقول إن العلاقات مع تركيا جيدة");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/sergey-lavrov", "ar.subject-verb.surname", "يقول"));
    }

    @Test
    void continuationWithAFeminineVerbGoesToTheLastFeminineSpeaker() {
        List<Statement> all = statements(
                "قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو تدعم الحوار بين أرمينيا وأذربيجان.\n"
                + "وقال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا مستعدة للوساطة بين باكو ويريفان.\n"
                + "وأضافت أن موسكو تدعم المفاوضات بين إيران والولايات المتحدة.");
        assertThat(all.stream().map(Attribution::of).toList()).containsExactly(
                new Attribution("person/maria-zakharova", "ar.verb-subject.title-name", "قالت"),
                new Attribution("person/dmitry-peskov", "ar.verb-subject.title-name", "قال"),
                new Attribution("person/maria-zakharova", "ar.continuation", "أضافت"));
    }

    @Test
    void aMinistryWithANisbaIsAnInstitutionSpeakerOfThatState() {
        Statement s = only("أعلنت وزارة الخارجية الفرنسية في بيان أن باريس ستستأنف المفاوضات مع طهران الأسبوع المقبل.");
        assertThat(s.speaker()).isEqualTo(new Speaker("وزارة الخارجية الفرنسية", null, SpeakerType.INSTITUTION, "FRA",
                null, null, "وزارة الخارجية الفرنسية", "foreign-ministry", null, null));
    }

    @Test
    void theStatementAsSubjectContinuesTheLastSpeaker() {
        List<Statement> all = statements(
                "أعلنت وزارة الخارجية الفرنسية في بيان أن باريس ستستأنف المفاوضات مع طهران الأسبوع المقبل.\n"
                + "وأضاف البيان أن فرنسا تدعم المفاوضات بين السودان وجنوب السودان.");
        assertThat(all.stream().map(Attribution::of).toList()).containsExactly(
                new Attribution("وزارة الخارجية الفرنسية", "ar.verb-subject.agent", "أعلنت"),
                new Attribution("وزارة الخارجية الفرنسية", "ar.statement-subject", "أضاف"));
    }

    @Test
    void aStateNameAfterTheVerbIsAStateSpeaker() {
        Statement s = only("رحبت قطر بالاتفاق بين مصر وتركيا على استئناف العلاقات.");
        assertThat(s.speaker()).isEqualTo(new Speaker("قطر", "Qatar", SpeakerType.STATE, "QAT", null, null, null, null,
                "state/QAT", "Q846"));
    }

    @Test
    void anUnnamedOfficialOfAMinistryIsUnnamedWithTheMinistrysCountry() {
        Statement s = only("قال مسؤول في وزارة الخارجية التركية، رفض الكشف عن اسمه، إن أنقرة تريد علاقات جيدة مع دمشق.");
        assertThat(Arrays.asList(s.speaker().type(), s.speaker().country(), s.speaker().role()))
                .isEqualTo(List.of(SpeakerType.UNNAMED, "TUR", Role.OFFICIAL));
    }

    @Test
    void anUnnamedOfficialOfAMinistryKeepsTheMinistryAsInstitution() {
        Statement s = only("قال مسؤول في وزارة الخارجية التركية، رفض الكشف عن اسمه، إن أنقرة تريد علاقات جيدة مع دمشق.");
        assertThat(s.speaker()).isEqualTo(new Speaker("مسؤول في وزارة الخارجية التركية", null, SpeakerType.UNNAMED,
                "TUR", null, Role.OFFICIAL, null, "foreign-ministry", null, null));
    }

    @Test
    void anUnnamedSpeakerIsDescribedByItsRolePhraseAndStaysUnnamed() {
        Statement s = only("قال المتحدث باسم وزارة الخارجية التركية إن أنقرة تريد علاقات جيدة مع دمشق.");
        assertThat(s.speaker().name()).isEqualTo("المتحدث باسم وزارة الخارجية التركية");
        assertThat(s.speaker().type()).isEqualTo(SpeakerType.UNNAMED);
    }

    @Test
    void aRelayCueAttributesToThePersonAfterAn() {
        Statement s = only("نقلت وكالة الأنباء الرسمية عن المتحدث باسم الخارجية الإيرانية ناصر كنعاني قوله إن طهران "
                + "ترحب باستئناف العلاقات مع الرياض.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("person/nasser-kanaani", "ar.relay", "نقلت"));
    }

    @Test
    void aRelayToAnUnnamedOfficialIsAnUnnamedSpeaker() {
        Statement s = only("نقلت وكالة الأنباء الرسمية عن مسؤول في وزارة الخارجية المصرية قوله إن القاهرة ترفض "
                + "التدخل الإيراني في اليمن.");
        assertThat(Arrays.asList(s.speaker().type(), s.speaker().country(), s.speaker().role(), s.ruleId()))
                .isEqualTo(List.of(SpeakerType.UNNAMED, "EGY", Role.OFFICIAL, "ar.relay"));
    }

    @Test
    void aCueInsideReportedContentBelongsToTheOuterStatement() {
        Statement s = only("أعلنت وزارة الخارجية الفرنسية في بيان أن باريس تدين الهجوم على السفارة الفرنسية في الخرطوم.");
        assertThat(Attribution.of(s)).isEqualTo(new Attribution("وزارة الخارجية الفرنسية", "ar.verb-subject.agent", "أعلنت"));
    }

    @Test
    void aHeadlineLineNamesItsSpeakerBeforeTheColon() {
        List<Statement> all = statements("بحث وزير الخارجية الأردني مع نظيره المصري العلاقات بين البلدين.\n"
                + "اقرأ أيضا: لافروف: روسيا تدعم الحوار بين تركيا وسوريا");
        assertThat(all).anySatisfy(st -> {
            assertThat(st.ruleId()).isEqualTo("ar.headline-colon");
            assertThat(st.speaker().entityId()).isEqualTo("person/sergey-lavrov");
            assertThat(st.claims()).extracting(c -> c.relation().code()).contains("talks");
        });
    }

    @Test
    void aColonAfterWordsThatAreNoSpeakerIsNoHeadline() {
        assertThat(statements("المصدر: روسيا تدعم الحوار بين تركيا وسوريا")).noneSatisfy(
                st -> assertThat(st.ruleId()).isEqualTo("ar.headline-colon"));
    }

    @Test
    void aVerbalNounsGenitiveIsTheSpeakerWhenWhatWasSaidFollows() {
        Statement s = only("وجاء ذلك بعد ترحيب مصر بالاتفاق بين إثيوبيا والسودان.");
        assertThat(s.ruleId()).startsWith("ar.verbal-noun");
        assertThat(s.speaker().country()).isEqualTo("EGY");
        assertThat(s.claims()).extracting(c -> c.relation().code() + "|" + c.stance().code()).contains("agreement|positive");
    }

    @Test
    void aVerbalNounWhoseGenitiveSaysNothingHereIsNoStatement() {
        // the minister's statements are what Egypt rejects: he is not a speaker of this sentence
        List<Statement> all = statements("ورفضت الخارجية المصرية تصريحات وزير الخارجية التركي بشأن العلاقات مع مصر.");
        assertThat(all).extracting(Statement::ruleId).noneMatch(r -> r.startsWith("ar.verbal-noun"));
    }
}
