package org.diplograph.io;

import java.io.IOException;
import java.io.InputStream;
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

    /**
     * Reads one file from a stream, article by article. The default reads the whole file (at most
     * {@code maxBytes}; a larger one is one problem) and calls {@link #read(String, byte[], Consumer, Consumer)};
     * record-oriented formats (JSON Lines, WARC) override it to hold one record at a time.
     *
     * @throws IOException when the stream fails; the caller reports it for the file and goes on
     */
    default void read(String file, InputStream in, long maxBytes, Consumer<Article> articles, Consumer<Problem> problems)
            throws IOException {
        byte[] bytes = readAtMost(in, maxBytes);
        if (bytes == null) {
            problems.accept(error(file, "larger than the record cap of %d bytes, skipped (raise it with --max-record-bytes)".formatted(maxBytes)));
            return;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                problems.accept(error(file, "binary data (NUL bytes), not an article, skipped"));
                return;
            }
        }
        read(file, bytes, articles, problems);
    }

    /** All bytes of {@code in}, or null (and {@code in} left part-read) when there are more than {@code max}. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        return bytes.length > max ? null : bytes;
    }

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

    /** The bytes as strict UTF-8 text, or null after reporting "not UTF-8 text" for {@code source}. */
    static String utf8(String source, byte[] bytes, Consumer<Problem> problems) {
        String text = utf8(bytes);
        if (text == null) problems.accept(error(source, "not UTF-8 text"));
        return text;
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
