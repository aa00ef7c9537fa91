package org.diplograph.text;

/**
 * Character folding for matching Arabic and English text: one input char becomes one char or none, so
 * offsets map back exactly.
 *
 * <p>Removes Arabic diacritics (harakat, superscript alef, Quranic marks), tatweel and invisible format
 * characters; folds hamza-seated alef forms to ا, alef maqsura to ي, teh marbuta to ه, ؤ to و and ئ to ي,
 * Persian kaf and yeh to Arabic ones, Arabic-Indic digits to ASCII, the hashtag sign and underscore to a space, every kind of double quote to {@code "}
 * and single quote to {@code '}, dashes to {@code -}, any space to a plain space (newlines are kept), and
 * lower-cases Latin letters. The same folding the shared scorer applies to names, so what matches here
 * matches there.
 */
public final class ArabicFolding {
    /** Marks a char that the folding removes. */
    public static final char REMOVED = '\uFFFF';

    private ArabicFolding() {}

    /** The folded form of one char, or {@link #REMOVED}. */
    public static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            // tabs, hashtag marks and the underscores joining hashtag words (#كوريا_الشمالية) separate words
            if (c == '`') return '\'';
            return c == '\t' || c == '#' || c == '_' ? ' ' : c;
        }
        if (isMark(c)) return REMOVED;
        switch (c) {
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F': case '\u061C':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\u202A': case '\u202B':
            case '\u202C': case '\u202D': case '\u202E': case '\uFEFF': case '\u00AD':
                return REMOVED;
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': case 'ئ': case 'ی': case 'ي': return 'ي';
            case 'ة': return 'ه';
            case 'ؤ': return 'و';
            case 'ک': return 'ك';
            case '“': case '”': case '«': case '»': case '„': case '‟': case '″': case '‹': case '›': case '＂':
                return '"';
            case '‘': case '’': case '‚': case '‛': case '´': return '\'';
            case '–': case '—': case '―': case '‐': case '‑': case '−': return '-';
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': case '\u3000': return ' ';
            case '\u2028': case '\u2029': case '\u0085': return '\n';
            default:
                if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
                if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
                if (Character.isUpperCase(c) && Character.UnicodeBlock.of(c) != Character.UnicodeBlock.ARABIC)
                    return Character.toLowerCase(c);
                return c;
        }
    }

    /** True for the Arabic diacritics and tatweel that folding removes (not for invisible format characters). */
    public static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED');
    }

    /** Folds a whole string (used for lexicon entries, which need no offset map). */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != REMOVED) b.append(f);
        }
        return b.toString();
    }

    /**
     * A folded word without a leading conjunction و or ف (وبلاده → بلاده), when what remains is still a word of
     * three letters or more; other words as they are.
     */
    public static String withoutConjunction(String folded) {
        return folded.length() > 3 && (folded.startsWith("و") || folded.startsWith("ف")) ? folded.substring(1) : folded;
    }
}
