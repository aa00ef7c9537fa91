package org.diplograph.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The few Python behaviours the port must reproduce exactly: whitespace, {@code \w}, {@code repr}, {@code %.Nf}, ordering. */
final class Py {
    private Py() {}

    /** Python {@code str} ordering: by code point (Java's {@code compareTo} orders by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /** Python {@code str.isspace()} for one code point (what {@code \s} and {@code str.split()} use). */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /**
     * Python's {@code \w} on {@code str}: {@code str.isalnum()} or underscore, i.e. letters (L*) and
     * numbers (N*). Unlike Java's Unicode {@code \w} it does not take combining marks.
     */
    static boolean isWord(int cp) {
        if (cp == '_') return true;
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Python {@code f"{x:.Nf}"}: the exact binary value rounded half-even (Java's %f rounds its shortest decimal half-up). */
    static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * Python {@code str.lower()}: full lower-case mappings ("İ" → "i̇"), with Python's rule for a final capital
     * sigma (after a cased letter and not before one, case-ignorable characters skipped), which Java applies differently.
     */
    static String lower(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == 0x03A3) {
                b.appendCodePoint(finalSigma(cps, i) ? 0x03C2 : 0x03C3);
            } else {
                b.append(new String(cps, i, 1).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        while (j >= 0 && caseIgnorable(cps[j])) j--;
        if (j < 0 || !cased(cps[j])) return false;
        j = i + 1;
        while (j < cps.length && caseIgnorable(cps[j])) j++;
        return j == cps.length || !cased(cps[j]);
    }

    private static boolean cased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean caseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL:
                return true;
            default:
                // Word_Break MidLetter, MidNumLet, Single_Quote
                return switch (cp) {
                    case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                         0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
                    default -> false;
                };
        }
    }

    /** Python {@code len()} of a string: code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python {@code f"{s:<width}"} ({@code left}) or {@code f"{s:>width}"}, counting code points. */
    static String pad(String s, int width, boolean left) {
        int n = width - len(s);
        if (n <= 0) return s;
        String spaces = " ".repeat(n);
        return left ? s + spaces : spaces + s;
    }

    /** Python {@code repr()} of a str, or {@code None} for null. */
    static String repr(String s) {
        if (s == null) return "None";
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') b.append('\\').appendCodePoint(cp);
            else if (cp == '\t') b.append("\\t");
            else if (cp == '\n') b.append("\\n");
            else if (cp == '\r') b.append("\\r");
            else if (cp < 0x20 || cp == 0x7F) b.append("\\x%02x".formatted(cp));
            else if (cp < 0x7F || printable(cp)) b.appendCodePoint(cp);
            else if (cp <= 0xFF) b.append("\\x%02x".formatted(cp));
            else if (cp <= 0xFFFF) b.append("\\u%04x".formatted(cp));
            else b.append("\\U%08x".formatted(cp));
        });
        return b.append(quote).toString();
    }

    /** Python {@code repr()} of a list of str. */
    static String repr(List<String> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) b.append(i > 0 ? ", " : "").append(repr(list.get(i)));
        return b.append(']').toString();
    }

    /** Python {@code str.isprintable()} for one code point: not Other (C*) nor a separator (Z*) except space. */
    private static boolean printable(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
