package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences: at line breaks (news paragraphs), and after . ! ? ؟ unless the full stop ends
 * an abbreviation or a single letter (U.S., Dr.) or the next word starts in lower case or with a digit.
 * A run of more than {@link #MAX_TOKENS} tokens without such an end is cut into pieces of at most that many, each
 * after its last comma, semicolon or colon when one lies in its second half: the later stages do work per sentence
 * that grows faster than its length, so an article that is one giant sentence would otherwise take far longer than
 * the same text in short ones.
 */
public final class SentenceSplitter {
    /**
     * The most tokens in one sentence. Real news stays far below it (the longest of 17,700 Arabic news articles has
     * 454 tokens, 99.9 % have at most 93), so it cuts only text that has no sentence ends at all.
     */
    public static final int MAX_TOKENS = 256;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col",
            "sen", "rep", "gov", "prof", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "inc", "corp", "co", "ltd", "د", "م");

    private SentenceSplitter() {}

    public static List<Sentence> split(NormalizedText text, List<Token> tokens) {
        String folded = text.text();
        List<Sentence> out = new ArrayList<>();
        int start = 0, paragraph = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            boolean lineBreak = !last && folded.substring(t.end(), tokens.get(i + 1).start()).indexOf('\n') >= 0;
            boolean stop = !t.word() && isStop(t.text()) && !last && !continues(text, tokens, i);
            if (!last && !lineBreak && !stop && i - start + 1 >= MAX_TOKENS) {
                int end = softBreak(tokens, start + MAX_TOKENS / 2, i);
                out.add(new Sentence(out.size(), paragraph, tokens.subList(start, end + 1)));
                start = end + 1;
                i = end;
                continue;
            }
            if (last || lineBreak || stop) {
                // a closing quote right after the stop belongs to this sentence
                int end = i;
                while (stop && !lineBreak && end + 1 < tokens.size() && isCloser(tokens.get(end + 1).text())
                        && !folded.substring(tokens.get(end).end(), tokens.get(end + 1).start()).contains("\n")) end++;
                out.add(new Sentence(out.size(), paragraph, tokens.subList(start, end + 1)));
                boolean breakAfterEnd = end + 1 < tokens.size()
                        && folded.substring(tokens.get(end).end(), tokens.get(end + 1).start()).indexOf('\n') >= 0;
                if (lineBreak || breakAfterEnd) paragraph++;
                start = end + 1;
                i = end;
            }
        }
        return out;
    }

    /** The last comma, semicolon or colon in tokens {@code [from, to]}, else {@code to}. */
    private static int softBreak(List<Token> tokens, int from, int to) {
        for (int j = to; j >= from; j--) {
            String s = tokens.get(j).text();
            if (s.equals(",") || s.equals("،") || s.equals(";") || s.equals("؛") || s.equals(":")) return j;
        }
        return to;
    }

    private static boolean isStop(String s) {
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("؟");
    }

    private static boolean isCloser(String s) {
        return s.equals("\"") || s.equals(")") || s.equals("'");
    }

    private static boolean continues(NormalizedText text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.is(".")) return false;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        Token next = tokens.get(i + 1);
        if (prev != null && prev.word() && prev.end() == t.start()
                && ((prev.text().length() == 1 && prev.isLatin()) || ABBREVIATIONS.contains(prev.text()))) return true;
        if (next.word() && next.start() == t.end()) return true; // 3.5, example.com
        if (!next.word() || !next.isLatin()) return false;
        char first = text.original().charAt(text.toOriginal(next.start(), next.start() + 1).start());
        return Character.isLowerCase(first) || Character.isDigit(first);
    }
}
