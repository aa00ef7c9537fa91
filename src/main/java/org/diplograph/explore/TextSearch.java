package org.diplograph.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.diplograph.store.ArabicFoldingAnalyzer;

/**
 * Turns the words typed in the explorer's search box into the Lucene query string given to {@code text:query}: the
 * words are analysed as the index analyses the evidence ({@link ArabicFoldingAnalyzer#forIndex()}), so an Arabic word
 * typed with its proclitics (والتطبيع) is searched as any of the forms the index holds for it (والتطبيع، التطبيع،
 * تطبيع), and all words must match.
 * <pre>
 *   TextSearch.luceneQuery("والتطبيع")   // "(والتطبيع OR التطبيع OR تطبيع)"
 * </pre>
 * Other words (English) are passed as typed, escaped; {@code text:query}'s own query analysis stems them.
 */
final class TextSearch {
    private TextSearch() {}

    /** The Lucene query for {@code typed}, or null when it holds no searchable word (only stop words or marks). */
    static String luceneQuery(String typed) {
        List<Set<String>> positions = new ArrayList<>();
        try (Analyzer analyzer = ArabicFoldingAnalyzer.forIndex();
             TokenStream ts = analyzer.tokenStream("text", typed)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String form = isArabic(term) ? term.toString() : typed.substring(offset.startOffset(), offset.endOffset());
                if (inc.getPositionIncrement() > 0 || positions.isEmpty()) positions.add(new LinkedHashSet<>());
                positions.get(positions.size() - 1).add(form);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the search text", e);
        }
        if (positions.isEmpty()) return null;
        List<String> clauses = new ArrayList<>();
        for (Set<String> forms : positions) {
            List<String> escaped = forms.stream().map(QueryParserBase::escape).toList();
            clauses.add(escaped.size() == 1 ? escaped.get(0) : "(" + String.join(" OR ", escaped) + ")");
        }
        return String.join(" AND ", clauses);
    }

    private static boolean isArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') return true;
        }
        return false;
    }
}
