package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses HTTP {@code TRACE} (and {@code TRACK}) everywhere with 405: servlets answer TRACE by echoing the request,
 * headers included, which helps cross-site tracing and tells an attacker what a proxy adds.
 */
final class NoTraceFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && ("TRACE".equals(http.getMethod()) || "TRACK".equals(http.getMethod()))) {
            out.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            out.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not served");
            return;
        }
        chain.doFilter(request, response);
    }
}
