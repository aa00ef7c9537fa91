package org.diplograph.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.diplograph.model.Article;
import org.diplograph.model.Problem;

/** One file format: turns the bytes of one file into articles, recording problems instead of throwing. */
interface ArticleFormat {
    /**
     * Reads one file.
     *
     * @param file     the name the articles carry ({@link Article#file()}), with {@code /} separators
     * @param bytes    the file content
     * @param articles receives each article, language not yet guessed
     * @param problems receives each problem
     */
    void read(String file, byte[] bytes, Consumer<Article> articles, Consumer<Problem> problems);

    /** Decodes strict UTF-8; null when the bytes are not UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Problem error(String source, String message) {
        return new Problem(Problem.Severity.ERROR, source, message);
    }

    static Problem warning(String source, String message) {
        return new Problem(Problem.Severity.WARNING, source, message);
    }

    /** The first line of a message (parser messages can run over several). */
    static String oneLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
