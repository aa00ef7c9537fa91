package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.extract.ExtractFixtures.ar;
import static org.diplograph.extract.ExtractFixtures.en;

import java.util.List;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.Lexicon;
import org.diplograph.gazetteer.LexiconMatcher;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Article;
import org.diplograph.model.Role;
import org.diplograph.model.Speaker;
import org.diplograph.model.SpeakerType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The speaker candidates {@link CandidateProposer} adds to the rules' choice, seen through {@link
 * RuleExtractor#propose} without a model (and, for proposers the rules would shadow, through the proposer itself).
 * The names are invented: the lexicon knows none of them.
 */
class CandidateProposerTest {
    private static Lexicon lexicon;
    private static RuleExtractor rules;

    @BeforeAll
    static void load() {
        lexicon = ExtractFixtures.lexicon();
        rules = RuleExtractor.create(lexicon, null);
    }

    private static List<Proposal> propose(Article a) {
        return rules.propose(a);
    }

    private static List<Speaker> speakersOf(List<Proposal> ps, String rule) {
        return ps.stream().filter(p -> rule.equals(p.statement().ruleId())).map(p -> p.statement().speaker()).toList();
    }

    private static Speaker only(List<Proposal> ps, String rule) {
        List<Speaker> s = speakersOf(ps, rule);
        assertThat(s).as("candidates of %s among %s", rule, ps).hasSize(1);
        return s.get(0);
    }

    /** The proposer's alternatives for the first finite cue of a one-sentence article, none taken by the rules. */
    private static List<Found> alternatives(Article article) {
        ArticleAnalysis a = new ArticleAnalysis(article, new LexiconMatcher(lexicon));
        SpeakerFinder finder = new SpeakerFinder(new PersonIndex(lexicon));
        Discourse d = new Discourse();
        finder.mentions(a, d);
        for (int i = 0; i < a.tokens.size(); i++) {
            Match m = a.cue(i);
            if (m != null && m.first(Entry.Cue.class).form() == Entry.CueForm.FINITE)
                return new CandidateProposer(finder).alternatives(a, m, null, 0, a.tokens.size(), d);
        }
        throw new AssertionError("no finite cue in " + article.body());
    }

    @Test
    void anUnknownTwoWordNameRightAfterTheVerbIsAPerson() {
        List<Proposal> ps = propose(ar("قال كرمان زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران."));
        Speaker sp = only(ps, "cand.ar.unknown-name-after");
        assertThat(sp.name()).isEqualTo("كرمان زهيدوف");
        assertThat(sp.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(sp.entityId()).isNull();
    }

    @Test
    void oneUnknownWordBeforeTheContentIsThePersonTheArticleIntroducedInFull() {
        List<Proposal> ps = propose(ar("وحضر الجلسة عضو مجلس النواب الأميركي كرمان زهيدوف مع وفد من رجال الأعمال.\n"
                + "ورأى زهيدوف أن العقوبات المفروضة على إيران تضر بالتجارة مع تركيا."));
        // the rules or this proposer name the person in full (the rules do when a known title introduced the name)
        assertThat(ps).filteredOn(p -> "رأى".equals(p.statement().cue()))
                .anySatisfy(p -> assertThat(p.statement().speaker().name()).isEqualTo("كرمان زهيدوف"))
                .noneSatisfy(p -> assertThat(p.statement().speaker().name()).isEqualTo("زهيدوف"));
        // a word the article never gave in full is not proposed alone: وقال مقرب إن، وقال آخر إن
        assertThat(propose(ar("ورأى زهيدوف أن العقوبات المفروضة على إيران تضر بالتجارة مع تركيا.")))
                .noneMatch(p -> p.statement().ruleId().startsWith("cand.ar.surname-after"));
        // a name the article did not introduce after a role, a title or a state is not taken as the full name
        List<Proposal> story = propose(ar("عندما كانت زهيدوف في السادسة من عمرها سافرت إلى تركيا.\n"
                + "ورأى زهيدوف أن العقوبات المفروضة على إيران تضر بالتجارة مع تركيا."));
        assertThat(story).noneMatch(p -> p.statement().ruleId().equals("cand.ar.surname-after"));
    }

    @Test
    void aWordWithLaRightAfterASourceIsWhomItSpokeToNotItsName() {
        assertThat(propose(ar("وقال مصدر لبي بي سي إن العنصر الكيمياوي الذي استخدم في بريطانيا روسي الصنع.")))
                .noneMatch(p -> p.statement().speaker().name() != null && p.statement().speaker().name().contains("بي بي سي"));
    }

    @Test
    void aVerbWithItsObjectPronounBeforeTheSubjectIsACueOfThatSubject() {
        List<Proposal> ps = propose(ar("ويؤكد الجانب السعودي أنه غادر القنصلية، وهو ما تنفيه السلطات التركية.\n"
                + "وتشدد إيران على أن برنامجها النووي سلمي في حين تتهمها الولايات المتحدة بالسعي إلى حيازة السلاح الذري."));
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.statement().cue()).isEqualTo("تنفيه");
            assertThat(p.statement().speaker().name()).isEqualTo("السلطات التركية");
        });
        assertThat(ps).anySatisfy(p -> {
            assertThat(p.statement().cue()).isEqualTo("تتهمها");
            assertThat(p.statement().speaker().name()).isEqualTo("الولايات المتحدة");
        });
    }

    @Test
    void anUnknownNameAfterTheVerbEndsAtBiannahu() {
        List<Proposal> ps = propose(ar("ووصفه كرمان زهيدوف بأنه أفضل مدرب في تاريخ البلاد وأن تركيا تدعمه."));
        assertThat(ps).extracting(p -> p.statement().speaker().name()).contains("كرمان زهيدوف")
                .noneMatch(n -> n != null && n.contains("بأنه"));
    }

    @Test
    void theSpeakerOnWhoseTongueACueReportsIsProposed() {
        List<Proposal> ps = propose(ar("ونقل الموقع على لسان النائب كرمان زهيدوف، رئيس لجنة حقوق الإنسان، أن مصر ترفض التدخل البريطاني."));
        assertThat(only(ps, "cand.ar.on-the-tongue-of").name()).isEqualTo("كرمان زهيدوف");
        // only in the cue's own clause
        assertThat(propose(ar("ونقل الموقع تقريرا عن الحادث. وجاء ذلك على لسان النائب كرمان زهيدوف أمام البرلمان.")))
                .noneMatch(p -> p.statement().ruleId().equals("cand.ar.on-the-tongue-of"));
    }

    @Test
    void theSubjectOpeningItsClauseBeforeTheVerbIsProposedAlsoAfterKanaAndQad() {
        List<Proposal> ps = propose(ar("وكانت الخارجية الكندية قد انتقدت القبض على ناشطات سعوديات."));
        Speaker sp = only(ps, "cand.ar.phrase-before");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.country()).isEqualTo("CAN");
        // an unknown name, then its role phrase, then the verb: the person, of the role's organisation
        List<Proposal> named = propose(ar("لكن كرمان زهيدوف المتحدث باسم حركة طالبان نفى تقارير عن استعادة السيطرة على الحي."));
        Speaker person = only(named, "cand.ar.name-role-before");
        assertThat(person.name()).isEqualTo("كرمان زهيدوف");
        assertThat(person.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(person.role()).isNotNull();
        // what does not reach the verb is no subject of it
        assertThat(propose(ar("وكانت الخارجية الكندية في بيان لها قد انتقدت القبض على ناشطات سعوديات.")))
                .noneMatch(p -> p.statement().ruleId().equals("cand.ar.phrase-before"));
    }

    @Test
    void aDescriptionsNameEndsAtARoleNoun() {
        List<Proposal> ps = propose(ar("هاجم البرلماني المصري كرمان زهيدوف الرئيس التونسي السابق، قائلا إنه خادم لفرنسا."));
        Speaker sp = only(ps, "cand.ar.description-name");
        assertThat(sp.name()).isEqualTo("كرمان زهيدوف");
        assertThat(sp.country()).isEqualTo("EGY");
    }

    @Test
    void aHyphenGluedToTheNextWordJoinsTwoPartsOfOneName() {
        List<Proposal> ps = propose(ar("وقال تاي -بروك زيرهون نائب الأمين العام للأمم المتحدة إن إسرائيل تهاجم الفلسطينيين في غزة."));
        Speaker sp = only(ps, "cand.ar.unknown-name-after");
        assertThat(sp.name()).isEqualTo("تاي -بروك زيرهون");
        assertThat(sp.org()).isEqualTo("UN");
    }

    @Test
    void anUnnamedSourceOfABodyNamedByItsKindIsOfTheStateWhoseBodySpokeLast() {
        List<Proposal> ps = propose(ar("وقالت وزارة الخارجية اللبنانية إن لبنان يرفض الحوار مع إسرائيل.\n"
                + "وأوضحت مصادر الخارجية أن لبنان يدعم المفاوضات بين سوريا وتركيا."));
        Speaker sp = only(ps, "cand.ar.unnamed-after");
        assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(sp.country()).isEqualTo("LBN");
    }

    @Test
    void aNameWrittenAsAHashtagIsCleaned() {
        List<Proposal> ps = propose(ar("وقال #كرمان_زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران."));
        assertThat(only(ps, "cand.ar.unknown-name-after").name()).isEqualTo("كرمان زهيدوف");
    }

    @Test
    void withoutAModelACandidateOfTheNewProposersIsNotAccepted() {
        List<Proposal> ps = propose(ar("قال كرمان زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران."));
        for (Proposal p : ps) {
            if (p.statement().ruleId().startsWith("cand.")) assertThat(p.accepted()).as("%s", p).isFalse();
            assertThat(p.probability()).isNaN();
            assertThat(p.speakerProbability()).isNaN();
            assertThat(p.features()).isNotEmpty();
        }
    }

    @Test
    void aRolePhraseACommaAndAnUnknownNameGiveThePersonWithRoleAndState() {
        // the rules read this phrase too (a minister's portfolio); the proposer's own reading, through the proposer
        Speaker sp = alternatives(ar("وقال وزير الخزانة الأمريكي، فالنتين دروبيسكو، إن واشنطن ستفرض عقوبات جديدة على إيران."))
                .stream().filter(f -> f.rule().equals("cand.ar.role-comma-name")).findFirst().orElseThrow().speaker();
        assertThat(sp.name()).isEqualTo("فالنتين دروبيسكو");
        assertThat(sp.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(sp.country()).isEqualTo("USA");
        assertThat(sp.role()).isEqualTo(Role.MINISTER);
    }

    @Test
    void aRolePhraseAndAnUnknownNameWithoutCommaGiveThePerson() {
        Speaker sp = alternatives(ar("وقال وزير الخزانة الأمريكي فالنتين دروبيسكو إن واشنطن ستفرض عقوبات جديدة على إيران."))
                .stream().filter(f -> f.rule().equals("cand.ar.role-name")).findFirst().orElseThrow().speaker();
        assertThat(sp.name()).isEqualTo("فالنتين دروبيسكو");
        assertThat(sp.country()).isEqualTo("USA");
    }

    @Test
    void theRulesReadAMinisterWhosePortfolioTheLexiconDoesNotKnow() {
        List<Proposal> ps = propose(ar("وقال وزير الخزانة الأمريكي فالنتين دروبيسكو إن واشنطن ستفرض عقوبات جديدة على إيران."));
        Speaker sp = only(ps, "ar.verb-subject.title-unknown-name");
        assertThat(sp.name()).isEqualTo("فالنتين دروبيسكو");
        assertThat(sp.country()).isEqualTo("USA");
        assertThat(sp.role()).isEqualTo(Role.MINISTER);
    }

    @Test
    void aDescriptionWithTheArticleThenAnUnknownNameGivesThePersonAndTheDescriptionsState() {
        List<Proposal> ps = propose(ar("وقال الدبلوماسي الألماني المخضرم فالنتين دروبيسكو إن برلين تدعم الحوار بين صربيا وكوسوفو."));
        Speaker sp = only(ps, "cand.ar.description-name");
        assertThat(sp.name()).isEqualTo("فالنتين دروبيسكو");
        assertThat(sp.type()).isEqualTo(SpeakerType.PERSON);
        assertThat(sp.country()).isEqualTo("DEU");
    }

    @Test
    void aDescriptionNameEndsWhereTheMannerOfSpeakingBegins() {
        List<Proposal> ps = propose(ar("وقال السيناتور الجمهوري فالنتين دروبيسكو منتقدا الرئيس إن الاتفاق مع إيران سيء."));
        assertThat(only(ps, "cand.ar.description-name").name()).isEqualTo("فالنتين دروبيسكو");
    }

    @Test
    void aDescriptionFollowedByWhatWasSaidIsNoName() {
        List<Proposal> ps = propose(ar("وقال الدبلوماسي الألماني إن برلين تدعم الحوار بين صربيا وكوسوفو."));
        assertThat(speakersOf(ps, "cand.ar.description-name")).isEmpty();
    }

    @Test
    void aDescriptionOpenedByARoleNounTakesItsGenitiveAndTheOrganisationNamedInIt() {
        List<Proposal> ps = propose(ar("وقال أمين عام منظمة التحرير الفلسطينية فالنتين دروبيسكو في بيان إن إسرائيل ترفض الحوار مع الفلسطينيين."));
        Speaker sp = only(ps, "cand.ar.description-name");
        assertThat(sp.name()).isEqualTo("فالنتين دروبيسكو");
        assertThat(sp.org()).isEqualTo("PLO");
    }

    @Test
    void aCueSpeakingInTheDocumentJustNamedIsItsIssuers() {
        List<Proposal> ps = propose(ar("أصدرت وزارة الخارجية الألمانية بيانا الأحد، أدانت فيه الهجوم الإسرائيلي على غزة."));
        Speaker sp = only(ps, "cand.ar.document-issuer");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.country()).isEqualTo("DEU");
    }

    @Test
    void theObjectOfAnIssuingVerbIsNoPersonsName() {
        List<Proposal> ps = propose(ar("وعقد الرئيس المصري مؤتمرا صحفيا في القاهرة قال فيه إن مصر تدعم الحوار بين الفلسطينيين وإسرائيل."));
        Speaker sp = only(ps, "cand.ar.document-issuer");
        assertThat(sp.name()).isNotEqualTo("مؤتمرا صحفيا");
        assertThat(sp.country()).isEqualTo("EGY");
    }

    @Test
    void aBodyNamedByItsKindAloneIsProposedWithoutAState() {
        List<Proposal> ps = propose(ar("وقالت الحكومة إن الأردن يدعم الحوار بين لبنان وسوريا."));
        Speaker sp = only(ps, "cand.ar.bare-institution");
        assertThat(sp.name()).isEqualTo("الحكومة");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.country()).isNull();
    }

    @Test
    void aRoleOfAnOrganisationGivesTheOrganisation() {
        List<Proposal> ps = propose(ar("وقالت سفيرة النوايا الحسنة لدى الأمم المتحدة، لوريندا كاباسي، إن المنظمة تدين الهجوم على أوكرانيا."));
        Speaker sp = only(ps, "cand.ar.role-comma-name");
        assertThat(sp.name()).isEqualTo("لوريندا كاباسي");
        assertThat(sp.org()).isEqualTo("UN");
        assertThat(sp.country()).isNull();
    }

    @Test
    void aPhraseTheLexiconDoesNotKnowACommaAndANameGiveThePerson() {
        List<Proposal> ps = propose(ar("قال أمين سر الهيئة العليا للتنسيق، سامر بلقاسمي، إن تونس ترحب بالحوار مع ليبيا."));
        Speaker sp = only(ps, "cand.ar.phrase-comma-name");
        assertThat(sp.name()).isEqualTo("سامر بلقاسمي");
        assertThat(sp.type()).isEqualTo(SpeakerType.PERSON);
    }

    @Test
    void anUnnamedOfficialIsAnUnnamedSpeakerOfItsState() {
        List<Proposal> ps = propose(ar("قال مسؤول تركي إن أنقرة تدعم الحوار مع اليونان."));
        assertThat(ps).extracting(p -> p.statement().speaker())
                .anySatisfy(sp -> {
                    assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
                    assertThat(sp.country()).isEqualTo("TUR");
                    assertThat(sp.role()).isEqualTo(Role.OFFICIAL);
                });
    }

    @Test
    void unnamedSourcesAfterTheVerbAreProposed() {
        List<Proposal> ps = propose(ar("وذكرت مصادر دبلوماسية يونانية أن أثينا ترفض التصعيد مع تركيا."));
        Speaker sp = only(ps, "cand.ar.unnamed-after");
        assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(sp.country()).isEqualTo("GRC");
        assertThat(sp.role()).isEqualTo(Role.OFFICIAL);
    }

    @Test
    void unnamedSourcesInAGovernmentAfterTheVerbAreProposed() {
        List<Proposal> ps = propose(ar("وقالت مصادر في الحكومة التركية إن أنقرة تدعم الحوار مع اليونان."));
        Speaker sp = only(ps, "cand.ar.unnamed-after");
        assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(sp.country()).isEqualTo("TUR");
        assertThat(sp.institutionKind()).isEqualTo("government");
    }

    @Test
    void unnamedSourcesOpeningTheClauseBeforeTheVerbAreProposed() {
        List<Proposal> ps = propose(ar("وكانت مصادر في الحكومة التركية قد أكدت أن أنقرة تدعم الحوار مع اليونان."));
        Speaker sp = only(ps, "cand.ar.unnamed-before");
        assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(sp.country()).isEqualTo("TUR");
    }

    @Test
    void unnamedOfficialsAreProposedLikeUnnamedSources() {
        List<Proposal> after = propose(ar("وقال مسؤولون في الحكومة التركية إن أنقرة تدعم الحوار مع اليونان."));
        assertThat(only(after, "cand.ar.unnamed-after").country()).isEqualTo("TUR");
        List<Proposal> before = propose(ar("وكان مسؤولون في الحكومة التركية قد أكدوا أن أنقرة تدعم الحوار مع اليونان."));
        assertThat(only(before, "cand.ar.unnamed-before").country()).isEqualTo("TUR");
    }

    @Test
    void eachStateOfACoordinatedSubjectAfterTheVerbIsACandidateOfItsOwn() {
        List<Proposal> ps = propose(ar("رحبت الولايات المتحدة وبريطانيا والنرويج بالاتفاق بين السودان وجنوب السودان."));
        assertThat(ps).extracting(p -> p.statement().speaker().country()).contains("USA", "GBR", "NOR");
        List<Speaker> more = speakersOf(ps, "cand.coordinated-after");
        assertThat(more).extracting(Speaker::country).containsExactlyInAnyOrder("GBR", "NOR");
        assertThat(more).allSatisfy(sp -> assertThat(sp.type()).isEqualTo(SpeakerType.STATE));
        // each state speaks for itself: its own cue group
        assertThat(ps.stream().filter(p -> p.statement().speaker().country() != null)
                .map(Proposal::group).distinct().count()).isEqualTo(3);
    }

    @Test
    void anUnknownBodyAfterTheVerbIsAnInstitution() {
        List<Proposal> ps = propose(ar("دعت اللجنة الدولية لشؤون المفقودين إلى وقف إطلاق النار بين إسرائيل وحماس."));
        Speaker sp = only(ps, "cand.ar.institution-after");
        assertThat(sp.name()).isEqualTo("اللجنة الدولية لشؤون المفقودين");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.institution()).isEqualTo("اللجنة الدولية لشؤون المفقودين");
    }

    @Test
    void anUnknownBodyBeforeTheVerbIsAnInstitution() {
        List<Proposal> ps = propose(ar("وكانت اللجنة الدولية لشؤون المفقودين قد أعلنت أن إيطاليا ترفض التعاون مع ليبيا."));
        Speaker sp = only(ps, "cand.ar.institution-before");
        assertThat(sp.name()).isEqualTo("اللجنة الدولية لشؤون المفقودين");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
    }

    @Test
    void aBodyNameEndsBeforeAWordWithoutTheArticleOrGenitive() {
        // أطباء has neither ال nor لـ: the proposer reads no body name of one word
        List<Proposal> ps = propose(ar("دعت منظمة أطباء بلا حدود إسرائيل إلى وقف الهجوم على غزة."));
        assertThat(speakersOf(ps, "cand.ar.institution-after")).isEmpty();
    }

    @Test
    void anUnknownBodyHeadedByHayaIsAnInstitution() {
        List<Proposal> ps = propose(ar("أعلنت الهيئة العليا لشؤون اللاجئين أن إيطاليا ترفض التعاون مع ليبيا."));
        assertThat(only(ps, "cand.ar.institution-after").name()).isEqualTo("الهيئة العليا لشؤون اللاجئين");
    }

    @Test
    void japaneseOfficialsSaidIsAnUnnamedSpeakerOfJapan() {
        List<Proposal> ps = propose(en("Japanese officials said Tokyo supports talks between Russia and Ukraine."));
        Speaker sp = only(ps, "cand.en.unnamed-before");
        assertThat(sp.type()).isEqualTo(SpeakerType.UNNAMED);
        assertThat(sp.country()).isEqualTo("JPN");
        assertThat(sp.name()).isNull();
    }

    @Test
    void anEnglishBodyBeforeSaidIsAnInstitution() {
        List<Proposal> ps = propose(en("The Nordic Fisheries Council said Norway condemned the attack on Ukraine."));
        Speaker sp = only(ps, "cand.en.body-before");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.name()).endsWith("Nordic Fisheries Council");
    }

    @Test
    void anEnglishBodyBeforeSaidTakesTheStateNamedInIt() {
        List<Proposal> ps = propose(en("The Philippine Coast Guard said China threatened the Philippines."));
        Speaker sp = only(ps, "cand.en.body-before");
        assertThat(sp.type()).isEqualTo(SpeakerType.INSTITUTION);
        assertThat(sp.country()).isEqualTo("PHL");
    }

    @Test
    void anEnglishNameBeforeSaidIsProposedWhenTheRulesTakeAnotherSpeaker() {
        assertThat(alternatives(en("Marcus Delavine said Washington condemned the attack on Ukraine.")))
                .filteredOn(f -> f.rule().equals("cand.en.name-before"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.speaker().name()).isEqualTo("Marcus Delavine");
                    assertThat(f.speaker().type()).isEqualTo(SpeakerType.PERSON);
                });
    }

    @Test
    void aCommonNounPhraseAfterTheVerbIsNotAPerson() {
        for (String body : List.of("قال خبراء أسلحة إن إيران ترفض التعاون مع الوكالة الدولية.",
                "قال خبراء أسلحة إن الاتفاق بين إيران والوكالة مهم.")) {
            List<Proposal> ps = propose(ar(body));
            assertThat(ps).as(body).noneSatisfy(p -> assertThat(p.statement().speaker().name()).contains("خبراء"));
            assertThat(speakersOf(ps, "cand.ar.unknown-name-after")).as(body).isEmpty();
        }
        assertThat(alternatives(ar("قال خبراء أسلحة إن الاتفاق بين إيران والوكالة مهم.")))
                .noneSatisfy(f -> assertThat(f.speaker().type()).isEqualTo(SpeakerType.PERSON));
    }

    @Test
    void noTwoCandidatesOfOneCueHaveTheSameSpeaker() {
        for (Article a : List.of(ar("وقال وزير الخزانة الأمريكي، فالنتين دروبيسكو، إن واشنطن ستفرض عقوبات جديدة على إيران."),
                ar("رحبت الولايات المتحدة وبريطانيا والنرويج بالاتفاق بين السودان وجنوب السودان."),
                en("The Philippine Coast Guard said China threatened the Philippines."))) {
            List<Proposal> ps = propose(a);
            assertThat(ps.stream().map(p -> p.group() + "|" + AttributionFeatures.key(p.statement().speaker())).distinct().count())
                    .as(a.body()).isEqualTo(ps.size());
        }
    }

    @Test
    void aRelativePronounBeforeTheVerbStandsForTheNameBeforeIt() {
        List<Proposal> ps = propose(ar("والتقى الوزير بنظيره كرمان زهيدوف، والذي قال إن بلاده تدعم الحوار بين تركيا وسوريا."));
        Speaker sp = only(ps, "cand.relative-antecedent");
        assertThat(sp.name()).isEqualTo("كرمان زهيدوف");
        assertThat(sp.type()).isEqualTo(SpeakerType.PERSON);
    }

    @Test
    void anEnglishWhoSaidStandsForTheNameBeforeIt() {
        List<Proposal> ps = propose(en("The minister met Karman Zahidov, who said his country supports talks between "
                + "Turkey and Syria."));
        assertThat(only(ps, "cand.relative-antecedent").name()).isEqualTo("Karman Zahidov");
    }

    @Test
    void aGivenNameThatIsAlsoACommonWordOpensAnUnknownName() {
        // جمال is a common noun (الجمال) and a given name
        List<Proposal> ps = propose(ar("وقال جمال زهيدوف إن بلاده ترفض العقوبات المفروضة على إيران."));
        assertThat(only(ps, "cand.ar.unknown-name-after").name()).isEqualTo("جمال زهيدوف");
    }

    @Test
    void aCompoundNameKeepsItsPartWithTheArticle() {
        List<Proposal> ps = propose(ar("وقال فخر الدين زهيدوف، مدير الاتصالات، إن بلاده ترفض العقوبات على إيران."));
        assertThat(only(ps, "cand.ar.unknown-name-after").name()).isEqualTo("فخر الدين زهيدوف");
    }

    @Test
    void aFamilyNameOfTheNisbaFormAfterAGivenNameBelongsToTheName() {
        List<Proposal> ps = propose(ar("وقال أحمد الزهيداني إن الكويت تدعم الحوار بين السعودية وقطر."));
        assertThat(only(ps, "cand.ar.unknown-name-after").name()).isEqualTo("أحمد الزهيداني");
    }

    @Test
    void aNameWhoseHamzaFoldsToTheArticleIsStillAName() {
        // ألتون folds to التون: the article is read from the text as written
        List<Proposal> ps = propose(ar("وقال كرمان ألتونوف إن بلاده ترفض العقوبات المفروضة على إيران."));
        assertThat(only(ps, "cand.ar.unknown-name-after").name()).isEqualTo("كرمان ألتونوف");
    }

    @Test
    void aCommonWordFollowedByAWordWithTheArticleIsNotAName() {
        List<Proposal> ps = propose(ar("وقال خبراء الاقتصاد إن العقوبات المفروضة على إيران ستضر بالتجارة."));
        assertThat(speakersOf(ps, "cand.ar.unknown-name-after")).isEmpty();
    }

    @Test
    void aRolePhraseWithThePlaceOfThePostEndsAtTheNameAfterTheComma() {
        List<Proposal> ps = propose(ar("وأعرب رئيس بعثة الأمم المتحدة في جنوب السودان، كرمان زهيدوف، عن أمله في وقف "
                + "إطلاق النار."));
        Speaker sp = only(ps, "cand.ar.phrase-comma-name");
        assertThat(sp.name()).isEqualTo("كرمان زهيدوف");
        assertThat(sp.org()).isEqualTo("UN");
    }

    @Test
    void anUnknownNameBetweenCommasRightBeforeTheVerbIsProposed() {
        List<Proposal> ps = propose(ar("وكان رئيس اللجنة الدولية للصليب الأحمر، كرمان زهيدوف، قد أكد ضرورة إيصال "
                + "المساعدات الإنسانية إلى سوريا."));
        assertThat(only(ps, "cand.ar.comma-name-before").name()).isEqualTo("كرمان زهيدوف");
    }

    @Test
    void anUnknownSpellingOfACuratedPersonIsThatPerson() {
        // the lexicon spells her هيذر نويرت; news also writes هيذر ناورت
        List<Proposal> ps = propose(ar("وقالت هيذر ناورت إن الولايات المتحدة ترفض الهجوم على السفارة في بغداد."));
        Speaker sp = ps.stream().map(p -> p.statement().speaker()).filter(s -> "هيذر ناورت".equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate هيذر ناورت in " + ps));
        assertThat(sp.entityId()).isEqualTo("person/heather-nauert");
        assertThat(sp.country()).isEqualTo("USA");
    }
}
