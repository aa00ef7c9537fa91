package org.diplograph.io;

/**
 * Guesses the language of a text from its letters: mostly Arabic script is {@code "ar"}, mostly Latin
 * script is {@code "en"}, anything else (or no letters) is null.
 * <pre>
 *   LanguageGuess.guess("قالت المتحدثة") // "ar"
 * </pre>
 */
public final class LanguageGuess {
    private LanguageGuess() {}

    /** The language of {@code text} by script ratio: "ar", "en", or null when neither script is the majority of its letters. */
    public static String guess(String text) {
        if (text == null) return null;
        int arabic = 0;
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) arabic++;
            else if (script == Character.UnicodeScript.LATIN) latin++;
        }
        // Names and acronyms in the other script are common in both languages: only the majority counts.
        if (letters == 0 || 2L * Math.max(arabic, latin) <= letters) return null;
        return arabic >= latin ? "ar" : "en";
    }

    /** A language tag reduced to its lower-case primary subtag ("en-US" → "en"), or null when blank. */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) return null;
        String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-') >= 0 ? t.indexOf('-') : t.indexOf('_');
        return dash > 0 ? t.substring(0, dash) : t;
    }
}
