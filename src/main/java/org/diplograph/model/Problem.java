package org.diplograph.model;

/**
 * A recorded problem with one input (a file, a record): the batch goes on and the problem is reported at the end.
 *
 * @param severity how bad
 * @param source   file (and record or line) the problem is in
 * @param message  what is wrong, in one line
 */
public record Problem(Severity severity, String source, String message) {
    public enum Severity { WARNING, ERROR }

    /** The problem as one line for a terminal: file name and message {@linkplain #printable escaped}. */
    @Override
    public String toString() {
        return "%s: %s: %s".formatted(severity.name().toLowerCase(java.util.Locale.ROOT), printable(source), printable(message));
    }

    /**
     * Text from outside (a file name, a header value) made safe to print on one terminal line, escaped as the JSON
     * report escapes it: backslash, tab and line breaks as backslash, t, n, r; other control characters (the escape
     * sequences of terminals) and the format characters that reorder or break lines (bidi overrides, line separators)
     * as backslash-u and four hex digits. Other text, Arabic included, is unchanged.
     */
    public static String printable(String s) {
        if (s == null) return "null";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                        || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c
                        ? "\\u%04X".formatted((int) c) : null;
            };
            if (esc == null && out == null) continue;
            if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (esc == null) out.append(c);
            else out.append(esc);
        }
        return out == null ? s : out.toString();
    }
}
