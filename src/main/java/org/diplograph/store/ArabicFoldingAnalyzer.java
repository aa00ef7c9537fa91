package org.diplograph.store;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.diplograph.text.ArabicFolding;

/**
 * The analyzer of the full-text index: Arabic words are folded as the extractor folds them and indexed with their
 * proclitic-stripped forms; English words get English analysis (possessive, stop words, Porter stemming).
 * <pre>
 *   index: "والروسيَّة" -> والروسيه | الروسيه | روسيه   (one position)
 *   query: "الروسية"    -> روسيه                        (the definite article comes off)
 *   query: "والتطبيع"   -> والتطبيع | التطبيع | تطبيع    (one position: any matches)
 * </pre>
 * The script of each token decides, not the literal's language tag, so Latin names inside Arabic text and Arabic
 * names inside English text are analysed as what they are.
 *
 * <p>Arabic: {@link ArabicFolding} (hamza and alef forms to ا, ى to ي, ة to ه, diacritics and tatweel removed), then
 * at index time every split of a proclitic sequence (conjunction و/ف, preposition ب/ل/ك, article ال, and their
 * combinations such as وال، بال، فلل، وب) whose remaining stem keeps at least {@value #MIN_STEM} letters is added at
 * the same position. At query time the article ال comes off, and a word is also searched as its stem without a
 * proclitic sequence ({@link #queryStems}), so "والتطبيع" finds what "التطبيع" finds; a short stem is not taken
 * from a word without the article, so "وزارة" stays وزاره and does not match "زار", unlike Lucene's
 * {@code ArabicStemmer}, which turns وزارة into زار. No suffix is stripped.
 */
public final class ArabicFoldingAnalyzer extends Analyzer {
    /** Shortest stem left after stripping proclitics. */
    static final int MIN_STEM = 2;
    /** Shortest stem a query word keeps when a proclitic sequence ending in the article comes off. */
    static final int QUERY_MIN_STEM = 3;
    /** Shortest stem a query word keeps when a conjunction (and preposition) without the article comes off. */
    static final int QUERY_MIN_BARE_STEM = 5;

    /** Whether the analyzer adds clitic-stripped forms (index) or only strips the article (query). */
    public enum Mode { INDEX, QUERY }

    private final Mode mode;

    public ArabicFoldingAnalyzer(Mode mode) {
        this.mode = java.util.Objects.requireNonNull(mode, "mode");
    }

    /** The analyzer for writing the index. */
    public static ArabicFoldingAnalyzer forIndex() { return new ArabicFoldingAnalyzer(Mode.INDEX); }

    /** The analyzer for query strings. */
    public static ArabicFoldingAnalyzer forQuery() { return new ArabicFoldingAnalyzer(Mode.QUERY); }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new FoldingFilter(source);
        s = new EnglishPossessiveFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new PorterStemFilter(s);   // skips tokens marked as keywords (the Arabic ones)
        s = new ProcliticFilter(s, mode);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);   // wildcard and prefix terms: fold, never stem
    }

    /** The forms a single folded Arabic word is indexed under (index mode) or searched as (query mode), in order. */
    static List<String> forms(String folded, Mode mode) {
        Set<String> out = new LinkedHashSet<>();
        if (mode == Mode.QUERY) {
            out.add(withoutArticle(folded));
            out.addAll(queryStems(folded));
            return List.copyOf(out);
        }
        out.add(folded);
        for (String stem : strippedForms(folded)) out.add(stem);
        return List.copyOf(out);
    }

    /** {@code ال}/{@code لل} at the start of a word that keeps at least {@value #MIN_STEM} letters is removed. */
    static String withoutArticle(String w) {
        if (w.startsWith("ال") && w.length() - 2 >= MIN_STEM) return w.substring(2);
        return w;
    }

    /**
     * Every stem reachable by removing a proclitic sequence: optional conjunction و/ف, then optional preposition
     * ب/ك/ل, then optional article ال (after ل the article's alef is dropped in writing: لل).
     */
    static List<String> strippedForms(String w) {
        List<String> out = new ArrayList<>();
        for (Split x : splits(w)) if (x.removed() > 0 && x.stem().length() >= MIN_STEM) out.add(x.stem());
        return out;
    }

    /** A word as proclitics and a stem: conjunction, preposition and article, each possibly empty. */
    private record Split(String conj, String prep, String art, String stem) {
        int removed() { return conj.length() + prep.length() + art.length(); }
    }

    /** Every reading of {@code w} as optional و/ف, then optional ب/ك/ل, then optional ال (لل after ل), then a stem. */
    private static List<Split> splits(String w) {
        List<Split> out = new ArrayList<>();
        for (String conj : new String[] {"", "و", "ف"}) {
            if (!w.startsWith(conj)) continue;
            String a = w.substring(conj.length());
            for (String prep : new String[] {"", "ب", "ك", "ل"}) {
                if (!a.startsWith(prep)) continue;
                String b = a.substring(prep.length());
                for (String art : prep.equals("ل") ? new String[] {"", "ل", "ال"} : new String[] {"", "ال"})
                    if (b.startsWith(art)) out.add(new Split(conj, prep, art, b.substring(art.length())));
            }
        }
        return out;
    }

    /**
     * The stems a query word is also searched as, at the same position (so any of them matches): the word without
     * a proclitic sequence that ends in the article (والتطبيع → تطبيع, بالخارجية → خارجيه, للعلاقات → علاقات) when at
     * least {@value #QUERY_MIN_STEM} letters remain, and without a leading conjunction و/ف (and a preposition after
     * it) when at least {@value #QUERY_MIN_BARE_STEM} letters remain (وزاخاروفا → زاخاروفا). The index holds the same
     * stems for every word, so the query finds what the bare word finds. Without the article, a short stem is not
     * taken: its first letter may be a root letter (وزارة is not و + زارة, فرنسا is not ف + رنسا), and a
     * preposition alone is never stripped (بيسكوف).
     */
    static List<String> queryStems(String w) {
        List<String> out = new ArrayList<>();
        for (Split x : splits(w)) {
            boolean clitic = !x.conj().isEmpty() || !x.prep().isEmpty();
            boolean withArticle = !x.art().isEmpty() && clitic && x.stem().length() >= QUERY_MIN_STEM;
            boolean bare = x.art().isEmpty() && !x.conj().isEmpty() && x.stem().length() >= QUERY_MIN_BARE_STEM;
            if (withArticle || bare) out.add(x.stem());
        }
        return out;
    }

    static boolean isArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }

    /** Folds each token with {@link ArabicFolding}; Arabic tokens are marked as keywords so English stemming skips them. */
    private static final class FoldingFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        FoldingFilter(TokenStream in) { super(in); }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] buf = term.buffer();
                int n = 0;
                for (int i = 0; i < term.length(); i++) {
                    char f = ArabicFolding.fold(buf[i]);
                    if (f != ArabicFolding.REMOVED && f != ' ') buf[n++] = f;
                }
                term.setLength(n);
                if (n == 0) continue;   // a token of marks or tatweel only
                if (isArabic(term)) keyword.setKeyword(true);
                return true;
            }
            return false;
        }
    }

    /** Replaces each Arabic token by its {@link #forms}, the extra ones at the same position. */
    private static final class ProcliticFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final Mode mode;
        private final Deque<String> pending = new ArrayDeque<>();
        private State state;

        ProcliticFilter(TokenStream in, Mode mode) {
            super(in);
            this.mode = mode;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(state);
                term.setEmpty().append(pending.poll());
                posInc.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) return false;
            if (!isArabic(term)) return true;
            List<String> forms = forms(term.toString(), mode);
            term.setEmpty().append(forms.get(0));
            if (forms.size() > 1) {
                pending.addAll(forms.subList(1, forms.size()));
                state = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            state = null;
        }
    }
}
