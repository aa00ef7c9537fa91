package org.diplograph.text;

/**
 * A token of the folded text: a run of letters and digits (a word) or one other visible char.
 *
 * @param index position in the token list
 * @param start folded start offset
 * @param end   folded end offset (exclusive)
 * @param text  the folded text of the token
 * @param word  true for letters/digits, false for punctuation and symbols
 */
public record Token(int index, int start, int end, String text, boolean word) {
    public boolean is(String s) { return text.equals(s); }

    public boolean isLatin() { return word && text.charAt(0) < 0x0600; }
}
