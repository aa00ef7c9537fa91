package org.diplograph.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/** {@link LexiconMatcher#matchAll}: whatever the words, matches are in order, inside the text and disjoint. */
class LexiconMatcherPropertyTest {
    private static LexiconMatcher matcher;

    /** Entries (several multi-word), proclitic forms, near misses and fillers. */
    private static final List<String> WORDS = List.of("وزير", "الخارجية", "الروسي", "وزارة", "الولايات", "المتحدة",
            "الأمريكية", "موسكو", "وبموسكو", "للخارجية", "والروسية", "فأكدت", "بحث", "قال", "قالت", "المتحدثة", "باسم",
            "وقف", "إطلاق", "النار", "تطبيع", "العلاقات", "بين", "تركيا", "وسوريا", "لا", "US", "us", "U.S.", "the",
            "Foreign", "Minister", "Sergey", "Lavrov", "said", "called", "for", "talks", "،", ".", "\"", "x", "في");

    @BeforeContainer
    static void load() {
        matcher = new LexiconMatcher(LexiconLoader.fromDirectory(Path.of("data/lexicon")));
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(WORDS).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void matchesAreDisjointAndInOrder(@ForAll("sentences") String raw) {
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        List<Match> matches = matcher.matchAll(t, tokens, 0, tokens.size(), e -> true);
        int previousEndToken = 0, previousEnd = 0;
        for (Match m : matches) {
            assertThat(m.startToken()).isGreaterThanOrEqualTo(previousEndToken);
            assertThat(m.endToken()).isGreaterThan(m.startToken()).isLessThanOrEqualTo(tokens.size());
            assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(m.end());
            assertThat(m.end()).isLessThanOrEqualTo(t.length());
            assertThat(m.entries()).isNotEmpty();
            previousEndToken = m.endToken();
            previousEnd = m.end();
        }
    }

    @Property(tries = 300)
    void matchingAllKindsAtOnceGivesWhatMatchingEachKindGives(@ForAll("sentences") String raw) {
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        List<java.util.function.Predicate<Entry>> kinds = List.of(e -> e instanceof Entry.Name,
                e -> e instanceof Entry.Title, e -> e instanceof Entry.Cue, e -> e instanceof Entry.RelationCue,
                e -> e instanceof Entry.StanceCue, e -> e instanceof Entry.Negator);
        Match[][] all = matcher.matchAllKinds(t, tokens, kinds);
        for (int k = 0; k < kinds.size(); k++) {
            Match[] expected = new Match[tokens.size()];
            for (Match m : matcher.matchAll(t, tokens, 0, tokens.size(), kinds.get(k))) expected[m.startToken()] = m;
            assertThat(all[k]).containsExactly(expected);
        }
    }

    @Property(tries = 300)
    void aMatchStartsAfterItsProclitic(@ForAll("sentences") String raw) {
        NormalizedText t = NormalizedText.of(raw);
        List<Token> tokens = Tokenizer.tokenize(t.text());
        for (Match m : matcher.matchAll(t, tokens, 0, tokens.size(), e -> true))
            assertThat(m.start()).isEqualTo(tokens.get(m.startToken()).start() + m.prefix().length());
    }
}
