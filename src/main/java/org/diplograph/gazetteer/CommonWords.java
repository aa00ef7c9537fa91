package org.diplograph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.text.ArabicFolding;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Token;
import org.diplograph.text.Tokenizer;

/**
 * Arabic words that are common nouns or adjectives, mined from a corpus: a word that news writes often with the
 * article ال (الخبراء، التقارير، المصادر) is a common word, while personal names (كارين، بومبيو، جان) almost never
 * take it. The extractor uses the list to tell an unknown name (قالت كارين بيرس) from a noun phrase in the same
 * place (قال خبراء أسلحة، ذكرت مصادر إعلامية). Words are folded as the extractor folds text.
 * <p>
 * Mining counts, for every Arabic word (without its conjunction و/ف), how often it stands with the article (ال،
 * بال، لل، كال) and without; a word is common when it stands with the article at least {@code minDefinite} times
 * and in at least {@code minShare} of its uses. The bundled list ({@code /lexicon/mined/common-words-ar.tsv}) was
 * mined from the shared Arabic news corpus; its header says how.
 */
public final class CommonWords {
    public static final String BUNDLED = "/lexicon/mined/common-words-ar.tsv";
    private static volatile CommonWords bundled;
    private final Set<String> words;

    private CommonWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** True when the folded word (its conjunction و/ف stripped first) is a common noun or adjective. */
    public boolean contains(String folded) {
        return words.contains(folded) || words.contains(ArabicFolding.withoutConjunction(folded));
    }

    /**
     * True when the folded word is a common noun in the indefinite accusative: مؤتمرا، بيانا، اتفاقا (the word without
     * its final alef is common). Such a word is an object, never the first word of a name.
     */
    public boolean containsAccusative(String folded) {
        String w = ArabicFolding.withoutConjunction(folded);
        return w.length() >= 3 && w.endsWith("ا") && !w.endsWith("يا") && contains(w.substring(0, w.length() - 1));
    }

    public int size() { return words.size(); }

    /** The list bundled in the jar (empty when the jar has none). */
    public static CommonWords bundled() {
        CommonWords c = bundled;
        if (c == null) {
            try (InputStream in = CommonWords.class.getResourceAsStream(BUNDLED)) {
                c = in == null ? new CommonWords(Set.of()) : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED, e);
            }
            bundled = c;
        }
        return c;
    }

    /** Reads a list written by {@link Counter#write}: {@code word<TAB>with article<TAB>without}, # comments. */
    public static CommonWords read(InputStream in) throws IOException {
        Set<String> w = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                w.add(tab < 0 ? line.strip() : line.substring(0, tab));
            }
        }
        return new CommonWords(w);
    }

    /** Counts Arabic words with and without the article over texts; not thread-safe. */
    public static final class Counter {
        private static final List<String> ARTICLES = List.of("ال", "بال", "لل", "كال");
        private final Map<String, int[]> counts = new HashMap<>();
        private long texts;

        /** Counts the words of one text (original, unfolded). */
        public void add(String text) {
            texts++;
            for (Token t : Tokenizer.tokenize(NormalizedText.of(text).text())) {
                if (!t.word() || t.isLatin() || t.text().length() < 3) continue;
                String w = ArabicFolding.withoutConjunction(t.text());
                String bare = null;
                for (String a : ARTICLES)
                    if (w.startsWith(a) && w.length() - a.length() >= 2) { bare = a.equals("لل") ? w.substring(2) : w.substring(a.length()); break; }
                if (bare != null) counts.computeIfAbsent(bare, k -> new int[2])[0]++;
                else counts.computeIfAbsent(w, k -> new int[2])[1]++;
            }
        }

        public long texts() { return texts; }

        /** Writes the common words, most frequent first, with a header saying how they were chosen. */
        public int write(Writer out, String source, int minDefinite, double minShare) throws IOException {
            out.write("# Arabic common words (nouns, adjectives) mined by 'diplograph mine' from " + source + " ("
                    + texts + " texts)\n");
            out.write("# a word is listed when it stands with the article (ال بال لل كال) at least " + minDefinite
                    + " times and in at least " + Math.round(minShare * 100) + "% of its uses\n");
            out.write("# word<TAB>uses with the article<TAB>uses without\n");
            List<Map.Entry<String, int[]>> listed = counts.entrySet().stream()
                    .filter(e -> e.getValue()[0] >= minDefinite
                            && e.getValue()[0] >= minShare * (e.getValue()[0] + e.getValue()[1]))
                    .sorted((x, y) -> y.getValue()[0] != x.getValue()[0] ? Integer.compare(y.getValue()[0], x.getValue()[0])
                            : x.getKey().compareTo(y.getKey()))
                    .toList();
            for (Map.Entry<String, int[]> e : listed)
                out.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
            return listed.size();
        }
    }
}
