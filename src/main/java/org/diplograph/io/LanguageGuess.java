package org.diplograph.io;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.function.Consumer;
import org.diplograph.model.Problem;

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

    /**
     * The language an input declares ({@code language:} header, news-please {@code language}, HTML {@code lang}),
     * reduced to its lower-case primary subtag ("en-US" → "en"). Only a well-formed BCP 47 tag is taken; anything
     * else is reported as a warning for {@code source} and null is returned, so the language is guessed from the
     * text. Null too when the value is blank, or names no language ({@code und}, private use {@code x-…}).
     */
    static String declared(String tag, String source, Consumer<Problem> problems) {
        if (tag == null || tag.isBlank()) return null;
        String t = tag.strip();
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(t).build();
        } catch (IllformedLocaleException e) {
            String shown = t.length() > 40 ? t.substring(0, 40) + "…" : t;
            problems.accept(ArticleFormat.warning(source,
                    "language '%s' is not a BCP 47 tag (such as ar or en-GB); guessed from the text".formatted(shown)));
            return null;
        }
        String primary = locale.getLanguage();
        return primary.isEmpty() || primary.equals("und") ? null : primary;
    }
}
