package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.diplograph.extract.ExtractFixtures.ar;
import static org.diplograph.extract.ExtractFixtures.en;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.ExtractFixtures.ClaimView;
import org.diplograph.model.Act;
import org.diplograph.model.Article;
import org.diplograph.model.Claim;
import org.diplograph.model.Relation;
import org.diplograph.model.Stance;
import org.diplograph.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What speakers claim: relation, participants, stance, act and evidence of {@link RuleExtractor} claims. */
class ClaimExtractionTest {
    private static RuleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = RuleExtractor.create(ExtractFixtures.lexicon(), null);
    }

    /** The claims of the only statement of the article. */
    private static List<Claim> claimsOf(Article article) {
        List<Statement> all = extractor.extract(article).statements();
        assertThat(all).hasSize(1);
        return all.get(0).claims();
    }

    private static List<ClaimView> views(Article article) {
        return claimsOf(article).stream().map(ClaimView::of).toList();
    }

    @Test
    void normalisationBetweenTwoNamedStates() {
        assertThat(views(ar("أكد وزير الخارجية الروسي سيرغي لافروف أن تطبيع العلاقات بين تركيا وسوريا يخدم استقرار المنطقة.")))
                .containsExactly(new ClaimView(Relation.NORMALISATION, List.of("TUR", "SYR"), Stance.POSITIVE, Act.ASSERT));
    }

    @Test
    void aStateAnnouncingItsOwnSanctionsStandsBehindThem() {
        List<Claim> claims = claimsOf(ar("أعلنت وزارة الخزانة الأمريكية أن الولايات المتحدة فرضت عقوبات جديدة على إيران."));
        assertThat(claims).extracting(ClaimView::of).contains(
                new ClaimView(Relation.SANCTIONS, List.of("USA", "IRN"), Stance.POSITIVE, Act.ANNOUNCE));
    }

    @Test
    void anAnnouncementOfOthersSanctionsStaysNeutral() {
        List<Claim> claims = claimsOf(ar("أعلنت وزارة الخارجية التركية أن الاتحاد الأوروبي فرض عقوبات جديدة على إيران."));
        assertThat(claims).extracting(c -> c.stance()).containsOnly(Stance.NEUTRAL);
    }

    @Test
    void aLateArabicVerbAfterAQuotationTakesTheQuotationAsItsContent() {
        List<Claim> claims = claimsOf(ar("\"نحن ندعم الحوار بين تركيا وسوريا\"، قال وزير الخارجية الروسي سيرغي لافروف."));
        assertThat(claims).extracting(ClaimView::of)
                .containsExactly(new ClaimView(Relation.TALKS, List.of("TUR", "SYR"), Stance.POSITIVE, Act.ASSERT));
    }

    @Test
    void aPairOfDemonymsNamesBothStates() {
        List<Claim> claims = claimsOf(ar("قال الرئيس الروسي فلاديمير بوتين إن موسكو تريد تطوير العلاقات الروسية الأمريكية."));
        assertThat(claims.get(0).participants()).isEqualTo(List.of("RUS", "USA"));
    }

    @Test
    void capitalsStandForTheirStates() {
        // the welcome inside the reported content (ترحب) is the act of the claim
        assertThat(views(ar("قال المتحدث باسم وزارة الخارجية التركية أحمد يلماز إن أنقرة ترحب بتطبيع العلاقات مع القاهرة.")))
                .containsExactly(new ClaimView(Relation.NORMALISATION, List.of("TUR", "EGY"), Stance.POSITIVE, Act.WELCOME));
    }

    @Test
    void aCoordinatedListOfStatesIsOneClaimAmongAllOfThem() {
        assertThat(claimsOf(ar("قال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران تقترح عقد اجتماع "
                + "لوزراء خارجية تركيا وروسيا وسوريا.")).get(0).participants())
                .containsExactlyInAnyOrder("TUR", "RUS", "SYR");
    }

    @Test
    void aPluralNounBetweenBetweenAndTheNamesDoesNotHideThem() {
        assertThat(claimsOf(ar("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم تطبيع العلاقات بين الجارتين تركيا وسوريا."))
                .get(0).participants()).containsExactlyInAnyOrder("TUR", "SYR");
    }

    @Test
    void leadersNamedInAClaimStandForTheirStates() {
        assertThat(claimsOf(en("The Kremlin spokesman Dmitry Peskov said the talks between Vladimir Putin and "
                + "Recep Tayyip Erdogan were useful.")).get(0).participants()).containsExactlyInAnyOrder("RUS", "TUR");
    }

    @Test
    void aMovementsLeaderNamedInAClaimStandsForHisMovement() {
        assertThat(claimsOf(ar("قال وزير الخارجية الإماراتي عبدالله بن زايد إن خطاب حسن نصرالله تطاول على السعودية."))
                .get(0).participants()).containsExactlyInAnyOrder("HEZBOLLAH", "SAU");
    }

    @Test
    void theConflictASettlementEndsIsPartOfTheSettlement() {
        assertThat(views(ar("قال وزير الخارجية التركي هاكان فيدان إن أنقرة تريد حلا سلميا للصراع بين أرمينيا وأذربيجان.")))
                .extracting(ClaimView::relation).containsExactly(Relation.CEASEFIRE);
    }

    @Test
    void aNuclearProgrammeIsAnOtherMatterWhenTheClauseNamesNoListedRelation() {
        assertThat(views(ar("قال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن اتهامات إسرائيل بشأن البرنامج النووي الإيراني كاذبة.")))
                .extracting(ClaimView::relation).containsExactly(Relation.OTHER);
    }

    @Test
    void otherYieldsToAListedRelationInTheSameClause() {
        assertThat(views(ar("قال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران مستعدة لمفاوضات مع واشنطن بشأن البرنامج النووي.")))
                .extracting(ClaimView::relation).containsExactly(Relation.TALKS);
    }

    @Test
    void aOneSidedRelationIsWithTheActorTheContentNamedJustBefore() {
        assertThat(claimsOf(ar("قال القنصل الروسي في اسطنبول أندريه بورافوف إن تصريح الرئيس التركي، بشأن إمكانية لقاء "
                + "نظيره السوري، مفيد.")).stream().filter(c -> c.relation() == Relation.TALKS).findFirst().orElseThrow()
                .participants()).containsExactlyInAnyOrder("TUR", "SYR");
    }

    @Test
    void theTwoCountriesAreTheTwoStatesNamedLastInTheSentence() {
        List<Statement> all = extractor.extract(ar("بحث وزيرا خارجية تركيا وسوريا تطبيع العلاقات.\n"
                + "وقال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات بين روسيا والولايات المتحدة تجري في إطار "
                + "عملية تطبيع العلاقات الثنائية.")).statements();
        assertThat(all.get(all.size() - 1).claims()).extracting(ClaimView::of).contains(
                new ClaimView(Relation.NORMALISATION, List.of("RUS", "USA"), Stance.POSITIVE, Act.ASSERT));
    }

    @Test
    void talksReportedAsDiscussedAreNeutral() {
        assertThat(views(ar("قالت وزارة الخارجية السويدية إن الوزيرين ناقشا العلاقات بين السويد وكوريا الشمالية.")))
                .extracting(ClaimView::stance).contains(Stance.NEUTRAL);
    }

    @Test
    void aParticipleWithoutAttitudeStartsANewPointThatTheWarningDoesNotGovern() {
        List<Claim> claims = claimsOf(ar("حذر مستشار الأمن القومي الأمريكي جون بولتون إيران من مهاجمة القوات الأمريكية، "
                + "لافتا إلى العقوبات الجديدة التي ستفرضها الولايات المتحدة على إيران."));
        assertThat(claims).filteredOn(c -> c.relation() == Relation.SANCTIONS).extracting(Claim::stance)
                .containsExactly(Stance.POSITIVE);
    }

    @Test
    void anIndefiniteAccusativeRelationWordIsStillThatRelation() {
        assertThat(views(ar("قال وزير الخارجية التركي هاكان فيدان إن أنقرة تريد تعاونا أوثق مع اليونان.")))
                .extracting(ClaimView::relation).containsExactly(Relation.RELATIONS);
    }

    @Test
    void supportingAPeaceProcessIsAnAttitudeToThePeaceProcess() {
        assertThat(views(ar("قالت الخارجية الروسية إن موسكو مستعدة لدعم عملية السلام بين باكو ويريفان.")))
                .extracting(ClaimView::relation).containsExactly(Relation.CEASEFIRE);
    }

    @Test
    void aCapitalNamedAsAPlaceIsNotAnActor() {
        assertThat(claimsOf(en("Finnish Foreign Minister Elina Valtonen said the summit between Russia and the "
                + "United States would be held in Helsinki.")).get(0).participants()).containsExactlyInAnyOrder("RUS", "USA");
    }

    @Test
    void aRelationWordWithAPossessiveIsTheSpeakersStatesOwn() {
        assertThat(claimsOf(ar("أعربت وزارة الخارجية الأردنية عن تضامنها مع المغرب والجزائر.")).get(0).participants())
                .containsExactlyInAnyOrder("JOR", "MAR");
    }

    @Test
    void eachOtherIsTheArticlesPair() {
        List<Statement> all = extractor.extract(en("Egypt and Qatar restored ties last week.\n"
                + "Egyptian Foreign Minister Sameh Shoukry said both sides would refrain from interfering in the internal "
                + "affairs of each other.")).statements();
        assertThat(all).hasSize(1);
        assertThat(all.get(0).claims()).extracting(ClaimView::of).contains(
                new ClaimView(Relation.CONFLICT, List.of("EGY", "QAT"), Stance.NEGATIVE, Act.ASSERT));
    }

    @Test
    void aMediationIsBetweenTheMediatorsAndTheSidesTheyMediate() {
        assertThat(claimsOf(ar("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بين أرمينيا وأذربيجان ستجري "
                + "بوساطة من روسيا وعمان.")).stream().filter(c -> c.relation() == Relation.MEDIATION)
                .findFirst().orElseThrow().participants())
                .containsExactlyInAnyOrder("ARM", "AZE", "RUS", "OMN");
    }

    @Test
    void arabStatesAsOneSideAreTheArabLeague() {
        assertThat(claimsOf(ar("قال وزير الخارجية الصيني وانغ يي إن التعاون بين الدول العربية والصين يتطور.")).get(0)
                .participants()).containsExactlyInAnyOrder("ARAB_LEAGUE", "CHN");
    }

    @Test
    void aRenewedRejectionCarriesTheAttitudeAndItsInternalAffairsAreTheSpeakersStates() {
        List<Statement> all = extractor.extract(ar("تصاعدت الأزمة بين السعودية وكندا.\n"
                + "وقال وزير الخارجية السعودي عادل الجبير إن التحقيق جار، وجدد رفض المملكة التدخل في شؤونها الداخلية.")).statements();
        assertThat(all).extracting(st -> st.speaker().entityId()).containsOnly("person/adel-al-jubeir");
        assertThat(all.get(0).claims()).extracting(ClaimView::of).contains(
                new ClaimView(Relation.CONFLICT, List.of("SAU", "CAN"), Stance.NEGATIVE, Act.REJECT));
    }

    @Test
    void noWarWithAStateIsAClaimAboutWarBetweenItAndTheSpeakersStateAndStaysNegative() {
        assertThat(views(ar("قال وزير الخارجية التركي هاكان فيدان إنه لا وجود لحرب مع اليونان.")))
                .contains(new ClaimView(Relation.CONFLICT, List.of("TUR", "GRC"), Stance.NEGATIVE, Act.ASSERT));
    }

    @Test
    void condemningARejectionIsForWhatWasRejected() {
        assertThat(views(ar("قال وزير الخارجية الأمريكي أنتوني بلينكن إنه أدان \"رفض\" إيران اتفاق وقف إطلاق النار مع إسرائيل.")))
                .extracting(ClaimView::stance).containsOnly(Stance.POSITIVE);
    }

    @Test
    void theSpeakersStatesOwnSolidarityIsFavouredDespiteACrisisNamedBeside() {
        assertThat(views(ar("أعربت وزارة الخارجية الأردنية عن تضامنها مع المغرب في الأزمة مع الجزائر.")))
                .contains(new ClaimView(Relation.SUPPORT, List.of("JOR", "MAR"), Stance.POSITIVE, Act.ASSERT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "جيدة, POSITIVE",
            "ليست جيدة, NEGATIVE",
            "غير جيدة, NEGATIVE"})
    void aNegationFlipsTheAttitudeWordAfterIt(String assessment, Stance expected) {
        List<Claim> claims = claimsOf(ar("قال وزير الخارجية التركي هاكان فيدان إن العلاقات بين تركيا واليونان "
                + assessment + "."));
        assertThat(claims.get(0).stance()).isEqualTo(expected);
    }

    @Test
    void anEnglishNegationFlipsTheAttitudeWordAfterIt() {
        List<Claim> claims = claimsOf(en("Turkish Foreign Minister Hakan Fidan said relations between Turkey and "
                + "Greece were not good."));
        assertThat(claims.get(0).stance()).isEqualTo(Stance.NEGATIVE);
    }

    @Test
    void aNegatedRelationIsNegative() {
        assertThat(views(ar("قال وزير الخارجية التركي هاكان فيدان إن أنقرة لن تستأنف المفاوضات مع دمشق.")))
                .containsExactly(new ClaimView(Relation.TALKS, List.of("TUR", "SYR"), Stance.NEGATIVE, Act.ASSERT));
    }

    @Test
    void aCondemnCueMakesANegativeCondemnation() {
        assertThat(views(ar("أدانت وزارة الخارجية القطرية الغارات الإسرائيلية على سوريا.")))
                .containsExactly(new ClaimView(Relation.CONFLICT, List.of("ISR", "SYR"), Stance.NEGATIVE, Act.CONDEMN));
    }

    @Test
    void anEnglishCondemnCueMakesANegativeCondemnation() {
        assertThat(views(en("Qatar condemned the Israeli strikes on Syria.")))
                .containsExactly(new ClaimView(Relation.CONFLICT, List.of("ISR", "SYR"), Stance.NEGATIVE, Act.CONDEMN));
    }

    @Test
    void aWelcomeCueMakesAPositiveWelcome() {
        assertThat(views(en("Qatar welcomed the agreement between Egypt and Turkey.")))
                .containsExactly(new ClaimView(Relation.AGREEMENT, List.of("EGY", "TUR"), Stance.POSITIVE, Act.WELCOME));
    }

    @Test
    void anAnnouncementIsNeutral() {
        assertThat(views(ar("أعلنت وزارة الخارجية الفرنسية في بيان أن باريس ستستأنف المفاوضات مع طهران الأسبوع المقبل.")))
                .containsExactly(new ClaimView(Relation.TALKS, List.of("FRA", "IRN"), Stance.NEUTRAL, Act.ANNOUNCE));
    }

    @Test
    void aStateSpeakerIsNotAParticipantOfWhatItWelcomes() {
        // "the agreement … to resume relations" names two relations; annotators record both (agreement, normalisation)
        assertThat(views(ar("رحبت قطر بالاتفاق بين مصر وتركيا على استئناف العلاقات.")))
                .containsExactlyInAnyOrder(
                        new ClaimView(Relation.NORMALISATION, List.of("EGY", "TUR"), Stance.POSITIVE, Act.WELCOME),
                        new ClaimView(Relation.AGREEMENT, List.of("EGY", "TUR"), Stance.POSITIVE, Act.WELCOME));
    }

    @Test
    void aStatementWithoutADiplomaticClaimIsDropped() {
        assertThat(extractor.extract(ar("قال وزير الخارجية الروسي سيرغي لافروف إن الطقس في موسكو جميل اليوم."))
                .statements()).isEmpty();
    }

    @Test
    void evidenceIsTheClauseCarryingTheClaim() {
        String body = "أكد وزير الخارجية الروسي سيرغي لافروف أن تطبيع العلاقات بين تركيا وسوريا يخدم استقرار المنطقة.";
        Claim claim = claimsOf(ar(body)).get(0);
        assertThat(claim.evidence().of(body)).isEqualTo("أن تطبيع العلاقات بين تركيا وسوريا يخدم استقرار المنطقة");
    }

    @Test
    void evidenceKeepsTheDiacriticsOfTheOriginal() {
        String body = "قال وزير الخارجية الروسي سيرغي لافروف إنّ العلاقاتِ الروسيةَ الأمريكيةَ جيدة.";
        Claim claim = claimsOf(ar(body)).get(0);
        assertThat(claim.evidence().of(body)).isEqualTo("إنّ العلاقاتِ الروسيةَ الأمريكيةَ جيدة");
    }

    @Test
    void eachClaimRecordsItsRule() {
        Claim claim = claimsOf(en("Qatar welcomed the agreement between Egypt and Turkey.")).get(0);
        assertThat(claim.ruleId()).isEqualTo("claim.clause-relation");
    }

    @Test
    void aConflictWithOneNamedStateIsWithTheSpeakersStateWhenTheArticleIsAboutBoth() {
        assertThat(views(ar("قال وزير الدفاع الإسرائيلي إن الجيش شن غارات على أهداف في لبنان.")))
                .extracting(ClaimView::relation, v -> Set.copyOf(v.participants()))
                .contains(tuple(Relation.CONFLICT, Set.of("ISR", "LBN")));
    }

    @Test
    void summoningAnAmbassadorIsStrainedRelationsNotSanctions() {
        assertThat(views(en("The Dutch foreign minister said the Netherlands summoned the Iranian ambassador.")))
                .extracting(ClaimView::relation, ClaimView::stance, v -> Set.copyOf(v.participants()))
                .containsExactly(tuple(Relation.RELATIONS, Stance.NEGATIVE, Set.of("NLD", "IRN")));
    }

    @Test
    void involvementAndMissilesAreConflict() {
        assertThat(views(ar("نفى وزير الخارجية الإيراني ضلوع بلاده في إطلاق صاروخ على السعودية.")))
                .extracting(ClaimView::relation).contains(Relation.CONFLICT);
    }

    @Test
    void aThirdStateCommentingOnAnAttackIsNoSideOfIt() {
        List<Statement> all = extractor.extract(ar("تبادلت تركيا وسوريا القصف على الحدود، واتهمت أنقرة دمشق بالتصعيد.\n"
                + "وقال وزير الخارجية الفرنسي إن الحكومة السورية شنت هجوما على المدنيين.")).statements();
        assertThat(all).flatExtracting(Statement::claims).extracting(Claim::relation, c -> Set.copyOf(c.participants()))
                .doesNotContain(tuple(Relation.CONFLICT, Set.of("FRA", "SYR")));
    }

    @Test
    void aCallToEndAConflictIsAgainstIt() {
        assertThat(views(en("The Egyptian foreign minister urged an end to the fighting between Sudan and South Sudan.")))
                .extracting(ClaimView::relation, ClaimView::stance).contains(tuple(Relation.CONFLICT, Stance.NEGATIVE));
    }

    @Test
    void condemningAWithdrawalFromAnAgreementIsForTheAgreement() {
        assertThat(views(ar("انتقد وزير الخارجية الإيراني انسحاب الولايات المتحدة من الاتفاق النووي.")))
                .extracting(ClaimView::relation, ClaimView::stance).contains(tuple(Relation.AGREEMENT, Stance.POSITIVE));
    }

    @Test
    void theSpeakersOwnRelationsAreAsTheClauseAssessesThem() {
        assertThat(views(ar("قال وزير الخارجية الأمريكي إن علاقاتنا مع تركيا ليست جيدة في هذه المرحلة.")))
                .extracting(ClaimView::relation, ClaimView::stance).contains(tuple(Relation.RELATIONS, Stance.NEGATIVE));
    }

    @Test
    void relationsAssessedAsWorseAreDeplored() {
        assertThat(views(en("The Russian foreign minister said relations with the United States were worse than ever.")))
                .extracting(ClaimView::relation, ClaimView::stance).contains(tuple(Relation.RELATIONS, Stance.NEGATIVE));
    }

    @Test
    void whoThreatensAMeasureIsForIt() {
        List<Claim> claims = claimsOf(ar("وهدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات جديدة على إيران."));
        assertThat(claims).extracting(Claim::relation, Claim::stance).contains(org.assertj.core.groups.Tuple.tuple(
                Relation.SANCTIONS, Stance.POSITIVE));
    }

    @Test
    void whoThreatensToLeaveADealIsAgainstTheDeal() {
        List<Claim> claims = claimsOf(ar("وهدد الرئيس الأمريكي دونالد ترامب بالانسحاب من الاتفاق النووي مع إيران."));
        assertThat(claims).extracting(Claim::relation, Claim::stance).contains(org.assertj.core.groups.Tuple.tuple(
                Relation.AGREEMENT, Stance.NEGATIVE));
    }

    @Test
    void aDealLeftWithoutAWordOfJudgementIsLeftNotReported() {
        List<Claim> claims = claimsOf(ar("وأعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي مع إيران."));
        assertThat(claims).extracting(Claim::relation, Claim::stance).contains(org.assertj.core.groups.Tuple.tuple(
                Relation.AGREEMENT, Stance.NEGATIVE));
    }
}
