package org.diplograph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The name normalisation of score.py ({@code norm}): NFKC; Arabic diacritics, superscript alef and tatweel
 * removed; hamza forms of alef, alef maqsura, ta marbuta, waw and ya with hamza folded; curly quotes and
 * backtick to an apostrophe; lower case; other punctuation to a space; apostrophes dropped; spaces collapsed.
 * <pre>
 *   NameNorm.norm("إِبْرَاهِيم  O’Brien-Smith") // "ابراهيم obrien smith"
 * </pre>
 */
public final class NameNorm {
    private NameNorm() {}

    /** The normalised form of {@code name} (null counts as ""). */
    public static String norm(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (!diacritic(cp)) folded.appendCodePoint(fold(cp));
        });
        String lower = Py.lower(folded.toString());
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\'') continue; // dropped after punctuation became spaces: "o'brien" is one token
            if (Py.isSpace(cp) || !Py.isWord(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) out.append(' ');
            pendingSpace = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The tokens of {@code norm(name)}: empty for a name with no letters or digits. */
    public static List<String> tokens(String name) {
        String n = norm(name);
        if (n.isEmpty()) return Collections.emptyList();
        return new ArrayList<>(List.of(n.split(" ")));
    }

    private static boolean diacritic(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || (cp >= 0x06D6 && cp <= 0x06ED);
    }

    private static int fold(int cp) {
        return switch (cp) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            case '’', '‘', '`' -> '\'';
            default -> cp;
        };
    }
}
