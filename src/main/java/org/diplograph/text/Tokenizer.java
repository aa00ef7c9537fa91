package org.diplograph.text;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into {@link Token}s: words (letters, digits, combining marks) and single symbols. */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokenize(String folded) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            if (isWordChar(c)) {
                int s = i;
                while (i < n && isWordChar(folded.charAt(i))) i++;
                out.add(new Token(out.size(), s, i, folded.substring(s, i), true));
            } else {
                int len = Character.charCount(folded.codePointAt(i));
                out.add(new Token(out.size(), i, i + len, folded.substring(i, i + len), false));
                i += len;
            }
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
