package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ArabicCueForms}: the generated forms of Arabic reporting verbs, and the bundled lexicon carrying them. */
class ArabicCueFormsTest {
    private static Lexicon bundled;

    @BeforeAll
    static void load() {
        bundled = LexiconLoader.bundled();
    }

    private static ArabicCueForms.Form fin(String text, Gender g) {
        return new ArabicCueForms.Form(ArabicFolding.fold(text), Entry.CueForm.FINITE, g);
    }

    private static ArabicCueForms.Form part(String text, Gender g) {
        return new ArabicCueForms.Form(ArabicFolding.fold(text), Entry.CueForm.PARTICIPLE, g);
    }

    @Test
    void aSoundPastVerbGetsFemininePluralAndDuals() {
        assertThat(ArabicCueForms.ofFinite("أكد")).containsExactly(fin("أكدت", Gender.FEMININE),
                fin("أكدوا", Gender.PLURAL), fin("أكدا", Gender.PLURAL), fin("أكدتا", Gender.PLURAL));
    }

    @Test
    void aHollowPastVerbKeepsItsLongVowelBeforeVowelSuffixes() {
        assertThat(ArabicCueForms.ofFinite("قال")).containsExactly(fin("قالت", Gender.FEMININE),
                fin("قالوا", Gender.PLURAL), fin("قالتا", Gender.PLURAL));
    }

    @Test
    void aDefectivePastVerbDropsItsLastLetter() {
        assertThat(ArabicCueForms.ofFinite("دعا")).containsExactly(fin("دعت", Gender.FEMININE),
                fin("دعوا", Gender.PLURAL), fin("دعتا", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("رأى")).containsExactly(fin("رأت", Gender.FEMININE),
                fin("رأوا", Gender.PLURAL), fin("رأتا", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("أبدى")).contains(fin("أبديا", Gender.PLURAL));
    }

    @Test
    void presentVerbsGetFemininePluralAndDuals() {
        assertThat(ArabicCueForms.ofFinite("يؤكد")).containsExactly(fin("تؤكد", Gender.FEMININE),
                fin("يؤكدون", Gender.PLURAL), fin("يؤكدان", Gender.PLURAL), fin("تؤكدان", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("يقول")).containsExactly(fin("تقول", Gender.FEMININE),
                fin("يقولون", Gender.PLURAL), fin("يقولان", Gender.PLURAL), fin("تقولان", Gender.PLURAL));
    }

    @Test
    void aDefectivePresentGetsNoPlural() {
        assertThat(ArabicCueForms.ofFinite("يدعو")).containsExactly(fin("تدعو", Gender.FEMININE),
                fin("يدعوان", Gender.PLURAL), fin("تدعوان", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("يرى")).containsExactly(fin("ترى", Gender.FEMININE));
    }

    @Test
    void aMasculineDualSpelledLikeANounIsNotGenerated() {
        assertThat(ArabicCueForms.ofFinite("رفض")).doesNotContain(fin("رفضا", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("طالب")).doesNotContain(fin("طالبا", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("تعهد")).doesNotContain(fin("تعهدا", Gender.PLURAL));
        assertThat(ArabicCueForms.ofFinite("شدد")).contains(fin("شددا", Gender.PLURAL));
    }

    @Test
    void formsThatAreFirstOfAllOtherWordsAreNotCues() {
        // أقر → أقرا is spelled like the imperative اقرأ ("اقرأ أيضا"), أثنى → أثنتا like the numeral اثنتا
        assertThat(ArabicCueForms.ofFinite("أقر")).contains(fin("أقرا", Gender.PLURAL));
        for (String w : List.of("اقرأ", "أملا", "اثنتا", "تابعوا"))
            assertThat(entries(bundled, w)).as(w).noneMatch(e -> e instanceof Entry.Cue);
    }

    @Test
    void aFinalHamzaGivesOnlyTheFeminine() {
        assertThat(ArabicCueForms.ofFinite("هنأ")).containsExactly(fin("هنأت", Gender.FEMININE),
                fin("هنأتا", Gender.PLURAL));
    }

    @Test
    void multiWordAndLatinFormsGiveNothing() {
        assertThat(ArabicCueForms.ofFinite("وفقا ل")).isEmpty();
        assertThat(ArabicCueForms.ofFinite("said")).isEmpty();
    }

    @Test
    void aParticiplePairIsCompleted() {
        assertThat(ArabicCueForms.ofParticiple("مؤكدا", Gender.MASCULINE))
                .containsExactly(part("مؤكدة", Gender.FEMININE));
        assertThat(ArabicCueForms.ofParticiple("مؤكدة", Gender.FEMININE))
                .containsExactly(part("مؤكدا", Gender.MASCULINE));
    }

    @Test
    void aFormThreeParticipleGetsNoFeminineSpelledLikeItsVerbalNoun() {
        // "مناشدة الخارجية الأميركية لتركيا" is the ministry's appeal, not "appealing (she)": the lexicon lists it as
        // the verbal noun it is, and the generator adds no participle of that spelling
        assertThat(ArabicCueForms.ofParticiple("مناشدا", Gender.MASCULINE)).isEmpty();
        assertThat(entries(bundled, "مناشدة")).noneMatch(e -> e instanceof Entry.Cue c && c.form() == Entry.CueForm.PARTICIPLE);
        assertThat(entries(bundled, "مناشدة")).anyMatch(e -> e instanceof Entry.Cue c && c.form() == Entry.CueForm.VERBAL_NOUN);
    }

    @Test
    void aGeneratedFormNeverShadowsAnotherEntrysSurface() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix dg: <https://w3id.org/diplograph/ontology#> .
                <https://w3id.org/diplograph/lexicon/cue/stress> a dg:ReportingCue ;
                  dg:actValue <https://w3id.org/diplograph/concept/act/assert> ;
                  dg:stanceValue <https://w3id.org/diplograph/concept/stance/neutral> ;
                  dg:form "أكد"@ar ; dg:participleForm "مؤكدا"@ar .
                <https://w3id.org/diplograph/lexicon/rel/test> a dg:RelationCue ;
                  dg:relation <https://w3id.org/diplograph/concept/relation/talks> ;
                  dg:form "أكدوا"@ar .
                """), null, "TTL");
        Lexicon lex = LexiconLoader.fromModel(m);
        assertThat(entries(lex, "أكدوا")).singleElement().isInstanceOf(Entry.RelationCue.class);
        assertThat(entries(lex, "أكدت")).singleElement().isInstanceOf(Entry.Cue.class);
        assertThat(entries(lex, "مؤكدة")).containsExactly(new Entry.Cue("cue/stress",
                org.diplograph.model.Act.ofCode("assert"), org.diplograph.model.Stance.ofCode("neutral"),
                Entry.CueForm.PARTICIPLE, Gender.FEMININE, false));
    }

    @Test
    void theBundledLexiconCarriesGeneratedForms() {
        assertThat(cue("أكدت")).isEqualTo(List.of(Entry.CueForm.FINITE, Gender.FEMININE));
        assertThat(cue("أكدوا")).isEqualTo(List.of(Entry.CueForm.FINITE, Gender.PLURAL));
        assertThat(cue("يؤكدون")).isEqualTo(List.of(Entry.CueForm.FINITE, Gender.PLURAL));
        assertThat(cue("أنكرت")).isEqualTo(List.of(Entry.CueForm.FINITE, Gender.FEMININE));
        assertThat(cue("متوعدة")).isEqualTo(List.of(Entry.CueForm.PARTICIPLE, Gender.FEMININE));
    }

    @Test
    void aGeneratedCueIsFoundInASentence() {
        LexiconMatcher matcher = new LexiconMatcher(bundled);
        NormalizedText t = NormalizedText.of("وأكدتا في بيان مشترك أن الحوار هو السبيل الوحيد");
        List<Token> tokens = Tokenizer.tokenize(t.text());
        Predicate<Entry> cues = e -> e instanceof Entry.Cue;
        Match m = matcher.matchAt(t, tokens, 0, cues);
        assertThat(m).isNotNull();
        Entry.Cue c = m.first(Entry.Cue.class);
        assertThat(List.of(c.id(), c.gender())).isEqualTo(List.of("cue/explain", Gender.PLURAL));
    }

    /** The form and gender of the one reporting cue spelled {@code written} in the bundled lexicon. */
    private static List<Object> cue(String written) {
        List<Entry> es = entries(bundled, written);
        assertThat(es).singleElement().isInstanceOf(Entry.Cue.class);
        Entry.Cue c = (Entry.Cue) es.get(0);
        return List.of(c.form(), c.gender());
    }

    private static List<Entry> entries(Lexicon lex, String written) {
        List<String> tokens = List.of(ArabicFolding.fold(written));
        return lex.surfaces().stream().filter(s -> s.tokens().equals(tokens)).map(Lexicon.Surface::entry).toList();
    }
}
