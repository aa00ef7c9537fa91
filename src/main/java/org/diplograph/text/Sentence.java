package org.diplograph.text;

import java.util.List;

/**
 * A sentence: a contiguous run of tokens.
 *
 * @param index     position in the article
 * @param paragraph index of the paragraph (line block) it stands in
 * @param tokens    its tokens (a view of the article's token list)
 */
public record Sentence(int index, int paragraph, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public int start() { return tokens.get(0).start(); }

    public int end() { return tokens.get(tokens.size() - 1).end(); }
}
