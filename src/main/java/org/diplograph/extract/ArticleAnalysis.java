package org.diplograph.extract;

import java.util.List;
import org.diplograph.gazetteer.Entry;
import org.diplograph.gazetteer.LexiconMatcher;
import org.diplograph.gazetteer.Match;
import org.diplograph.model.Article;
import org.diplograph.model.Span;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Sentence;
import org.diplograph.text.SentenceSplitter;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/**
 * The first stage: the article body folded, tokenised and split into sentences, with the lexicon matches of
 * each kind indexed by the token they start at. Needs an {@link Article}; produces what the later stages read.
 */
final class ArticleAnalysis {
    final Article article;
    final NormalizedText text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final boolean arabic;
    private final Match[] names, titles, cues, relations, stances, negators;

    ArticleAnalysis(Article article, LexiconMatcher matcher) {
        this.article = article;
        this.text = NormalizedText.of(article.body());
        this.tokens = Tokenizer.tokenize(text.text());
        this.sentences = SentenceSplitter.split(text, tokens);
        this.arabic = article.language() == null ? isMostlyArabic(text.text()) : article.language().startsWith("ar");
        Match[][] kinds = matcher.matchAllKinds(text, tokens, List.of(e -> e instanceof Entry.Name,
                e -> e instanceof Entry.Title, e -> e instanceof Entry.Cue, e -> e instanceof Entry.RelationCue,
                e -> e instanceof Entry.StanceCue, e -> e instanceof Entry.Negator));
        this.names = kinds[0];
        this.titles = kinds[1];
        this.cues = kinds[2];
        this.relations = kinds[3];
        this.stances = kinds[4];
        this.negators = kinds[5];
    }

    Match name(int i) { return at(names, i); }

    Match title(int i) { return at(titles, i); }

    Match cue(int i) { return at(cues, i); }

    Match relation(int i) { return at(relations, i); }

    Match stance(int i) { return at(stances, i); }

    Match negator(int i) { return at(negators, i); }

    private static Match at(Match[] a, int i) { return i >= 0 && i < a.length ? a[i] : null; }

    Token token(int i) { return i >= 0 && i < tokens.size() ? tokens.get(i) : null; }

    /** True when token i is the word {@code w} (folded). */
    boolean is(int i, String w) {
        Token t = token(i);
        return t != null && t.text().equals(w);
    }

    /** The original-body span of folded tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return text.toOriginal(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The original text of tokens {@code [from, to)}. */
    String original(int from, int to) {
        return span(from, to).of(article.body());
    }

    /** The original text of a match, without a stripped proclitic. */
    String original(Match m) {
        return text.toOriginal(m.start(), m.end()).of(article.body());
    }

    /** True when the original first letter of token i is an upper-case Latin letter. */
    boolean capitalised(int i) {
        Token t = token(i);
        if (t == null || !t.word() || !t.isLatin()) return false;
        char c = article.body().charAt(text.toOriginal(t.start(), t.start() + 1).start());
        return Character.isUpperCase(c);
    }

    private static boolean isMostlyArabic(String s) {
        long ar = s.chars().filter(c -> c >= 0x0600 && c <= 0x06FF).count();
        long latin = s.chars().filter(c -> (c >= 'a' && c <= 'z')).count();
        return ar >= latin;
    }
}
