package org.diplograph.gazetteer;

import java.text.Normalizer;
import org.diplograph.text.ArabicFolding;

/**
 * The spelling skeleton of a personal name: what stays the same across the ways news writes one foreign or Arabic
 * name, so that variants of one person meet one lexicon entry.
 * <pre>
 *   NameSkeleton.of("هيذر نويرت")        equals NameSkeleton.of("هيذر ناورت")
 *   NameSkeleton.of("جان إيف لو دريان")  equals NameSkeleton.of("جان إيف لودريان")
 *   NameSkeleton.of("أنطونيو غوتيريس")   equals NameSkeleton.of("أنطونيو جوتيريش")
 *   NameSkeleton.of("Recep Tayyip Erdoğan") equals NameSkeleton.of("Recep Tayyip Erdogan")
 * </pre>
 * Arabic: folded as the text is ({@link ArabicFolding}: hamza seats, ى/ی, ة), word breaks and hyphens dropped, the
 * long vowels ا and ي and the hamza dropped (و is kept: محمد and محمود stay apart), the letters that render one
 * foreign sound merged (g: غ ج ق ك; s/sh: ش س ص; t: ط ت ث; z/th: ذ ز ظ ض; v: ڤ ف; p: پ ب; ch: تش ش), a final ه
 * dropped. Latin: letters only, lower case, without diacritics. Used only for whole names of two or more words,
 * and only where the skeleton belongs to one person.
 */
public final class NameSkeleton {
    private NameSkeleton() {}

    /** The skeleton of {@code name} (empty for null). */
    public static String of(String name) {
        if (name == null) return "";
        String f = ArabicFolding.fold(name);
        StringBuilder b = new StringBuilder(f.length());
        for (String word : f.split("[\\s\\-]+")) {
            String w = word.replace("تش", "ش");
            if (!w.isEmpty() && w.charAt(w.length() - 1) == 'ه' && w.length() > 2) w = w.substring(0, w.length() - 1);
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                char s = skeletal(c);
                if (s != 0) b.append(s);
            }
        }
        String out = b.toString();
        return isLatin(out) ? Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("[^a-z]", "") : out;
    }

    private static char skeletal(char c) {
        return switch (c) {
            case 'ا', 'ي', 'ء' -> 0;
            case 'غ', 'ج', 'ق', 'ك', 'گ' -> 'ج';
            case 'ش', 'س', 'ص' -> 'س';
            case 'ط', 'ت', 'ث' -> 'ت';
            case 'ذ', 'ز', 'ظ', 'ض' -> 'ز';
            case 'ڤ', 'ف' -> 'ف';
            case 'پ', 'ب' -> 'ب';
            case '\'', '.', '"', '،', ',' -> 0;
            default -> c;
        };
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '\u0600' && s.charAt(i) <= '\u06FF') return false;
        return true;
    }
}
