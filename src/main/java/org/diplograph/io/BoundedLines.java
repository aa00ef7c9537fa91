package org.diplograph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, a trailing {@code \r} removed) without ever holding more than
 * {@code max} bytes: a longer line is skipped to its end and reported by {@link #overflow()}.
 */
final class BoundedLines {
    private final InputStream in;
    private final int max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private long overflow;
    private long number;

    BoundedLines(InputStream in, long max) {
        if (max < 1) throw new IllegalArgumentException("invalid line cap: " + max);
        this.in = in;
        this.max = (int) Math.min(Integer.MAX_VALUE - 16, max);
    }

    /** The 1-based number of the line last returned. */
    long number() { return number; }

    /** The length of the line last returned when it was over the cap (its content is then empty), else 0. */
    long overflow() { return overflow; }

    /** The next line, or null at the end of the stream. */
    byte[] next() throws IOException {
        int len = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            int n = pos - start;
            if (total + n <= max) {
                if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, Math.min(max, line.length * 2)));
                System.arraycopy(buf, start, line, len, n);
                len += n;
            }
            total += n;
            if (pos < limit) { // found '\n'
                pos++;
                break;
            }
        }
        number++;
        overflow = total > max ? total : 0;
        if (overflow > 0) return new byte[0];
        if (len > 0 && line[len - 1] == '\r') len--;
        return Arrays.copyOf(line, len);
    }
}
