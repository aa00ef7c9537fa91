package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * Refuses SPARQL requests larger than a limit with 413, before anything parses them: a GET whose query string, or
 * a POST to the query and update endpoints whose body, has more than {@code maxBytes} bytes. A body of unknown
 * length (chunked) is read up to the limit first and refused as soon as it passes it. The Graph Store endpoints
 * ({@code /data}, {@code /get}) are not limited: they take data, not queries.
 */
final class QuerySizeFilter implements Filter {
    private final String dataset;
    private final long maxBytes;

    QuerySizeFilter(String dataset, long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("max query bytes must be positive: " + maxBytes);
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
                || !isSparqlEndpoint(Objects.toString(http.getServletPath(), "") + Objects.toString(http.getPathInfo(), ""))) {
            chain.doFilter(request, response);
            return;
        }
        String queryString = http.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            refuse(out);
            return;
        }
        long length = http.getContentLengthLong();
        if (length > maxBytes) {
            refuse(out);
            return;
        }
        if (length < 0 && "POST".equals(http.getMethod()) && !isForm(http)) {
            byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                refuse(out);
                return;
            }
            chain.doFilter(new BufferedBody(http, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isSparqlEndpoint(String path) {
        return path.equals(dataset) || path.equals(dataset + "/") || path.equals(dataset + "/sparql")
                || path.equals(dataset + "/query") || path.equals(dataset + "/update");
    }

    private static boolean isForm(HttpServletRequest http) {
        String ct = http.getContentType();
        return ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private void refuse(HttpServletResponse out) throws IOException {
        out.setHeader("Connection", "close");   // the rest of a large body is not read
        out.sendError(413, ("the query is larger than this server's limit of %d bytes (--max-query-bytes); "
                + "shorten it, e.g. move a long VALUES list into the data").formatted(maxBytes));
    }

    /** The request with its body already read. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
