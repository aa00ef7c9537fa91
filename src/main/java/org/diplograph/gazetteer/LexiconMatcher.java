package org.diplograph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.diplograph.text.NormalizedText;
import org.diplograph.text.Token;

/**
 * Finds lexicon surface forms in a token list: the longest entry starting at a token, trying the token as
 * written first and then with an Arabic proclitic removed (و ف, then ب ل ك, and لل read as ل + ال). A clitic is
 * only removed when what remains is in the lexicon, so وزارة and فرنسا stay whole. Built once per lexicon;
 * thread-safe.
 */
public final class LexiconMatcher {
    private static final List<String> CONJUNCTIONS = List.of("و", "ف");
    private static final List<String> PREPOSITIONS = List.of("ب", "ل", "ك");
    private static final List<String> SUFFIXES = List.of("هما", "هم", "ها", "نا", "كم", "ه", "ي");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Lexicon.Surface> surfaces = new ArrayList<>();
    }

    private final Node root = new Node();

    public LexiconMatcher(Lexicon lexicon) {
        for (Lexicon.Surface s : lexicon.surfaces()) {
            Node n = root;
            for (String t : s.tokens()) n = n.next.computeIfAbsent(t, k -> new Node());
            n.surfaces.add(s);
        }
    }

    /**
     * The longest match starting at token {@code i} whose entries pass {@code filter}, or null.
     * Attached pronoun suffixes (ها، هم …) are tried only for relation and stance cues.
     */
    public Match matchAt(NormalizedText text, List<Token> tokens, int i, Predicate<Entry> filter) {
        return longestAt(text, tokens, i, List.of(filter))[0];
    }

    /**
     * For each filter, the longest match starting at token {@code i} whose entries pass it (null where none): the
     * clitic forms of the token are computed and the lexicon is walked once for all filters. Of two matches of the
     * same length, the one that stripped the shorter clitic wins.
     */
    private Match[] longestAt(NormalizedText text, List<Token> tokens, int i, List<Predicate<Entry>> filters) {
        Match[] best = new Match[filters.size()];
        Token first = tokens.get(i);
        if (!first.word()) return best;
        for (String[] cand : candidates(first.text())) {
            String form = cand[0], prefix = cand[1];
            boolean suffixed = cand[2] != null;   // a pronoun is attached: the match ends here
            Node node = root.next.get(form);
            int j = i + 1;
            while (node != null) {
                if (!node.surfaces.isEmpty()) {
                    for (int f = 0; f < best.length; f++) {
                        List<Entry> entries = entries(node, filters.get(f), suffixed, prefix, text, tokens, i, j);
                        Match b = best[f];
                        if (!entries.isEmpty() && (b == null || j - i > b.tokenCount()
                                || (j - i == b.tokenCount() && prefix.length() < b.prefix().length())))
                            best[f] = new Match(i, j, first.start() + prefix.length(), tokens.get(j - 1).end(), prefix, entries);
                    }
                }
                if (j >= tokens.size() || suffixed) break;
                String word = tokens.get(j).text();
                Node next = node.next.get(word);
                // the definite last word of a phrase also stands with a pronoun instead of the article:
                // نقل السفارة → نقل سفارتها, قطع العلاقات → قطع علاقاتها
                if (next == null) {
                    String definite = definiteOfSuffixed(word);
                    if (definite != null && (next = node.next.get(definite)) != null) suffixed = true;
                }
                node = next;
                j++;
            }
        }
        return best;
    }

    /**
     * For each filter, its non-overlapping longest matches left to right, indexed by start token (null where none
     * starts): what {@link #matchAll} gives for each filter, with the clitic forms of each token computed and the
     * lexicon walked once for all filters.
     */
    public Match[][] matchAllKinds(NormalizedText text, List<Token> tokens, List<Predicate<Entry>> filters) {
        int k = filters.size(), n = tokens.size();
        Match[][] best = new Match[k][n];
        for (int i = 0; i < n; i++) {
            Match[] at = longestAt(text, tokens, i, filters);
            for (int f = 0; f < k; f++) best[f][i] = at[f];
        }
        for (int f = 0; f < k; f++) {
            Match[] row = best[f];
            for (int i = 0; i < n; ) {
                if (row[i] != null) {
                    int end = row[i].endToken();
                    for (int x = i + 1; x < end; x++) row[x] = null;
                    i = end;
                } else {
                    i++;
                }
            }
        }
        return best;
    }

    /** All non-overlapping longest matches, left to right. */
    public List<Match> matchAll(NormalizedText text, List<Token> tokens, int from, int to, Predicate<Entry> filter) {
        List<Match> out = new ArrayList<>();
        for (int i = from; i < to; ) {
            Match m = matchAt(text, tokens, i, filter);
            if (m != null && m.endToken() <= to) {
                out.add(m);
                i = m.endToken();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The entries of a trie node that a match of tokens {@code [i, j)} with this clitic and suffix may carry. */
    private static List<Entry> entries(Node n, Predicate<Entry> filter, boolean suffixed, String prefix,
                                       NormalizedText text, List<Token> tokens, int i, int j) {
        List<Entry> entries = List.of();
        for (Lexicon.Surface s : n.surfaces) {
            if (!filter.test(s.entry())) continue;
            // attached pronouns (ها، هم) go only on relation and attitude words
            if (suffixed && !(s.entry() instanceof Entry.RelationCue || s.entry() instanceof Entry.StanceCue)) continue;
            // verbs take و ف (and س) but never ب ل ك: بحث is "discussion", not ب + حث "urged"; verbal nouns take
            // them all (بإعلان)
            if (s.entry() instanceof Entry.Cue c && c.form() != Entry.CueForm.VERBAL_NOUN && hasPreposition(prefix)) continue;
            if (s.caseSensitiveForm() != null && !caseMatches(text, tokens, i, j, s.caseSensitiveForm())) continue;
            if (entries.isEmpty()) entries = new ArrayList<>();
            entries.add(s.entry());
        }
        return entries;
    }

    private static boolean hasPreposition(String prefix) {
        for (String p : PREPOSITIONS) if (prefix.contains(p)) return true;
        return false;
    }

    private static boolean caseMatches(NormalizedText text, List<Token> tokens, int i, int j, String cased) {
        var span = text.toOriginal(tokens.get(i).start(), tokens.get(j - 1).end());
        String original = text.original().substring(span.start(), span.end()).replaceAll("\\s+", "");
        return original.equals(cased.replaceAll("\\s+", ""));
    }

    /**
     * The definite form of a word that carries an attached pronoun (سفارتها → السفاره, علاقاتهم → العلاقات), or null
     * when it carries none; the word is folded (ة written ه).
     */
    static String definiteOfSuffixed(String word) {
        if (word.isEmpty() || word.charAt(0) < 0x0600 || word.startsWith("ال")) return null;
        for (String suf : SUFFIXES) {
            if (word.endsWith(suf) && word.length() - suf.length() >= 3) {
                String base = word.substring(0, word.length() - suf.length());
                if (base.endsWith("ت") && !base.endsWith("ات")) base = base.substring(0, base.length() - 1) + "ه";
                return "ال" + base;
            }
        }
        return null;
    }

    /** {form, stripped prefix, suffix-or-null} candidates for a token, the token itself first. */
    static List<String[]> candidates(String token) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {token, "", null});
        if (token.isEmpty() || token.charAt(0) < 0x0600) return out;
        List<String[]> stems = new ArrayList<>();
        stems.add(new String[] {token, ""});
        for (String c : CONJUNCTIONS)
            if (token.startsWith(c) && token.length() > c.length() + 1) stems.add(new String[] {token.substring(1), c});
        for (String[] s : List.copyOf(stems)) {
            String w = s[0];
            if (w.startsWith("لل") && w.length() > 3) stems.add(new String[] {"ال" + w.substring(2), s[1] + "ل"});
            for (String p : PREPOSITIONS)
                if (w.startsWith(p) && w.length() > p.length() + 1) stems.add(new String[] {w.substring(1), s[1] + p});
            // future prefix س on imperfect verbs: سيزور
            if (w.startsWith("س") && w.length() > 3 && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت' || w.charAt(1) == 'ن'))
                stems.add(new String[] {w.substring(1), s[1] + "س"});
        }
        for (int k = 1; k < stems.size(); k++) out.add(new String[] {stems.get(k)[0], stems.get(k)[1], null});
        for (String[] s : stems) {
            String w = s[0];
            for (String suf : SUFFIXES) {
                if (w.endsWith(suf) && w.length() - suf.length() >= 3) {
                    String base = w.substring(0, w.length() - suf.length());
                    out.add(new String[] {base, s[1], suf});
                    if (base.endsWith("ت")) out.add(new String[] {base.substring(0, base.length() - 1) + "ه", s[1], suf});
                }
            }
        }
        return out;
    }
}
