package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a Content-Security-Policy with every response of the server, so that no page of its origin runs a script
 * that the server did not ship as a file, whatever text the store holds. The policy is the one the Fuseki UI at
 * {@code /} works under (checked against jena-fuseki-ui 5.6.0: one module script and one stylesheet from
 * {@code ./static/}, no inline script, styles that Vue, Bootstrap and YASGUI set from script, SVG icons as
 * {@code data:} URLs, queries to the same origin, prefixes for autocompletion from prefix.cc). The linked-data pages, which have no script at all, replace it
 * with the stricter {@link RdfResponses#PAGE_POLICY}. Also {@code X-Content-Type-Options: nosniff}, so a browser
 * never runs a Turtle or text answer as script or HTML.
 * <pre>
 *   FusekiServer.create().addFilter("/*", new ContentSecurityPolicy())
 * </pre>
 */
final class ContentSecurityPolicy implements Filter {
    /** The policy of every response that does not set its own. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' https://prefix.cc http://prefix.cc; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse resp) {
            resp.setHeader("Content-Security-Policy", POLICY);
            resp.setHeader("X-Content-Type-Options", "nosniff");
        }
        chain.doFilter(request, response);
    }
}
