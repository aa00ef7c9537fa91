package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Objects;

/**
 * Lets Jetty compute the length of the dataset's responses. Fuseki writes its plain-text messages (errors such as a
 * 400 that quotes the query) with a {@code Content-Length} counted in characters, not bytes; with Arabic in the
 * message the body is longer than announced, Jetty fails with "too much content written", and the client gets a
 * 500 with a stack trace in the log instead of the message. Without the header Jetty sets the right length itself
 * (or sends the body chunked).
 */
final class MessageLengthFilter implements Filter {
    private final String dataset;

    MessageLengthFilter(String dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && (Objects.toString(http.getServletPath(), "") + Objects.toString(http.getPathInfo(), "")).startsWith(dataset)) {
            chain.doFilter(request, new HttpServletResponseWrapper(out) {
                @Override public void setContentLength(int len) { /* computed by Jetty from the bytes written */ }
                @Override public void setContentLengthLong(long len) { /* computed by Jetty from the bytes written */ }
            });
            return;
        }
        chain.doFilter(request, response);
    }
}
