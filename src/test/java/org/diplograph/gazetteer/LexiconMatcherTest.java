package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.diplograph.model.Act;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LexiconMatcher} over the curated lexicon in {@code data/lexicon}. */
class LexiconMatcherTest {
    private static LexiconMatcher matcher;

    /** What a match found: the matched original text (without proclitic), the stripped proclitic, the entry id. */
    record Hit(String text, String prefix, String id) {}

    /** A name match reduced to what it names and how. */
    record NameHit(String code, Entry.Via via, Gender gender) {}

    @BeforeAll
    static void load() {
        matcher = new LexiconMatcher(LexiconLoader.fromDirectory(Path.of("data/lexicon")));
    }

    private static Match first(String raw, Predicate<Entry> filter) {
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        return matcher.matchAt(t, tokens, 0, filter);
    }

    private static Hit hit(String raw, Predicate<Entry> filter) {
        NormalizedText t = NormalizedText.of(raw);
        Match m = first(raw, filter);
        return m == null ? null : new Hit(t.toOriginal(m.start(), m.end()).of(raw), m.prefix(), m.entries().get(0).id());
    }

    private static List<Hit> all(String raw, Predicate<Entry> filter) {
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        return matcher.matchAll(t, tokens, 0, tokens.size(), filter).stream()
                .map(m -> new Hit(t.toOriginal(m.start(), m.end()).of(raw), m.prefix(), m.entries().get(0).id()))
                .toList();
    }

    private static NameHit name(String raw) {
        Entry.Name n = first(raw, e -> e instanceof Entry.Name).first(Entry.Name.class);
        return new NameHit(n.entity().code(), n.via(), n.gender());
    }

    @Test
    void prefersTheLongestTitle() {
        assertThat(hit("وزير الخارجية الروسي", e -> e instanceof Entry.Title))
                .isEqualTo(new Hit("وزير الخارجية", "", "title/foreign-minister"));
    }

    @Test
    void prefersTheLongestStateName() {
        assertThat(first("الولايات المتحدة الأمريكية اليوم", e -> e instanceof Entry.Name).tokenCount()).isEqualTo(3);
    }

    @Test
    void prefersTheLongestEnglishPhrase() {
        assertThat(hit("deputy foreign minister Ryabkov", e -> e instanceof Entry.Title))
                .isEqualTo(new Hit("deputy foreign minister", "", "title/deputy-foreign-minister"));
    }

    @Test
    void matchesWithDiacriticsAndTatweelInTheText() {
        assertThat(hit("مُوسْكـــو", e -> e instanceof Entry.Name)).isEqualTo(new Hit("مُوسْكـــو", "", "state/RUS"));
    }

    // لل is ل + ال with the alef elided: the match starts after the first ل, so its text is لخارجية
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "وبموسكو, موسكو, وب, state/RUS",
            "للخارجية, لخارجية, ل, institution/foreign-ministry",
            "والروسية, الروسية, و, state/RUS",
            "فأكدت, أكدت, ف, cue/explain",
            "بموسكو, موسكو, ب, state/RUS",
            "لروسيا, روسيا, ل, state/RUS",
            "وسيلتقي, سيلتقي, و, rel/talks"})
    void stripsAProcliticWhenTheRestIsAnEntry(String token, String matched, String prefix, String id) {
        assertThat(hit(token, e -> true)).isEqualTo(new Hit(matched, prefix, id));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "وزارة الخارجية, institution/foreign-ministry",
            "فرنسا, state/FRA",
            "بريطانيا, state/GBR",
            "فلسطين, state/PSE"})
    void leavesAWordStartingWithAProcliticLetterWhole(String text, String id) {
        assertThat(hit(text, e -> true)).isEqualTo(new Hit(text, "", id));
    }

    @Test
    void readsBahathAsTheDiscussCueNotBPlusHath() {
        assertThat(hit("بحث", e -> e instanceof Entry.Cue)).isEqualTo(new Hit("بحث", "", "cue/discuss"));
    }

    @Test
    void neverStripsAPrepositionFromAReportingCue() {
        assertThat(first("بحث", e -> e instanceof Entry.Cue c && c.act() == Act.APPEAL)).isNull();
    }

    @Test
    void capitalUsMatchesTheUnitedStates() {
        assertThat(all("The US and Russia", e -> e instanceof Entry.Name))
                .containsExactly(new Hit("US", "", "state/USA"), new Hit("Russia", "", "state/RUS"));
    }

    @Test
    void lowerCaseUsIsAPronounNotAState() {
        assertThat(all("he told us Russia agreed", e -> e instanceof Entry.Name))
                .containsExactly(new Hit("Russia", "", "state/RUS"));
    }

    @Test
    void dottedUsMatchesTheUnitedStates() {
        assertThat(hit("U.S. officials", e -> e instanceof Entry.Name)).isEqualTo(new Hit("U.S.", "", "state/USA"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "روسي, MASCULINE",
            "الروسي, MASCULINE",
            "الروسية, FEMININE",
            "روسية, FEMININE",
            "الروسيين, PLURAL",
            "الروسيون, PLURAL",
            "الروسيتين, PLURAL"})
    void demonymFormsNameRussia(String form, Gender gender) {
        assertThat(name(form)).isEqualTo(new NameHit("RUS", Entry.Via.DEMONYM, gender));
    }

    @Test
    void aCapitalNamesItsState() {
        assertThat(name("أنقرة")).isEqualTo(new NameHit("TUR", Entry.Via.CAPITAL, Gender.UNKNOWN));
    }

    @Test
    void aMetonymNamesItsState() {
        assertThat(name("الكرملين")).isEqualTo(new NameHit("RUS", Entry.Via.METONYM, Gender.UNKNOWN));
    }

    @Test
    void aFeminineCueCarriesItsGender() {
        Entry.Cue cue = first("أضافت", e -> e instanceof Entry.Cue).first(Entry.Cue.class);
        assertThat(cue).isEqualTo(new Entry.Cue("cue/add", Act.ASSERT, org.diplograph.model.Stance.NEUTRAL,
                Entry.CueForm.FINITE, Gender.FEMININE, false));
    }

    @Test
    void aPronounSuffixIsStrippedOnlyForRelationAndStanceCues() {
        assertThat(hit("علاقاتها", e -> true)).isEqualTo(new Hit("علاقاتها", "", "rel/relations"));
    }

    @Test
    void aPronounSuffixDoesNotMakeAStateName() {
        assertThat(first("روسياها", e -> e instanceof Entry.Name)).isNull();
    }

    @Test
    void matchAllFindsEachEntryOnceLeftToRight() {
        assertThat(all("قال وزير الخارجية الروسي إن موسكو وأنقرة اتفقتا", e -> e instanceof Entry.Name))
                .containsExactly(new Hit("الخارجية", "", "institution/foreign-ministry"),
                        new Hit("الروسي", "", "state/RUS"), new Hit("موسكو", "", "state/RUS"),
                        new Hit("أنقرة", "و", "state/TUR"));
    }

    @Test
    void aNonWordTokenNeverMatches() {
        assertThat(first("، موسكو", e -> true)).isNull();
    }

    @Test
    void thePhrasesLastWordMayCarryAPronounInsteadOfTheArticle() {
        Predicate<Entry> relation = e -> e instanceof Entry.RelationCue;
        assertThat(hit("نقل سفارتها إلى القدس", relation)).isEqualTo(new Hit("نقل سفارتها", "", "rel/recognition"));
        assertThat(hit("وقطع علاقاتهم مع", relation)).isEqualTo(new Hit("قطع علاقاتهم", "و", "rel/sanctions"));
        // without a pronoun an indefinite word is not the definite one: نقل سفارة is not matched as نقل السفارة
        assertThat(hit("نقل سفارة", relation)).isNull();
        // the pronoun ends the match: nothing may follow it inside the phrase
        assertThat(LexiconMatcher.definiteOfSuffixed("سفارتها")).isEqualTo("السفاره");
        assertThat(LexiconMatcher.definiteOfSuffixed("علاقاتهم")).isEqualTo("العلاقات");
        assertThat(LexiconMatcher.definiteOfSuffixed("السفاره")).isNull();
        assertThat(LexiconMatcher.definiteOfSuffixed("embassy")).isNull();
    }

    @Test
    void verbalNounsAreCuesOfTheirOwnFormAndTakePrepositions() {
        Match m = first("بإعلان الوزير", e -> e instanceof Entry.Cue);
        assertThat(m).isNotNull();
        assertThat(m.prefix()).isEqualTo("ب");
        assertThat(m.first(Entry.Cue.class).form()).isEqualTo(Entry.CueForm.VERBAL_NOUN);
        assertThat(m.first(Entry.Cue.class).id()).isEqualTo("cue/announce");
        // a verb still takes no preposition: بأعلن is no cue
        assertThat(first("بأعلن الوزير", e -> e instanceof Entry.Cue)).isNull();
    }
}
