package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * Refuses (403) every request under {@code /$/} except the read-only ones: GET or HEAD of {@code /$/ping},
 * {@code /$/stats*}, {@code /$/metrics}, {@code /$/datasets*} and {@code /$/server} (the Fuseki UI lists datasets
 * and their endpoints from {@code /$/server}).
 * Fuseki's admin module otherwise lets anyone add or delete datasets, back up, compact, or list tasks.
 */
final class AdminGuardFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            String path = Objects.toString(http.getServletPath(), "") + Objects.toString(http.getPathInfo(), "");
            if (path.startsWith("/$") && !allowed(http.getMethod(), path)) {
                out.sendError(HttpServletResponse.SC_FORBIDDEN, "admin operations are disabled on this server");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean allowed(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) return false;
        return path.equals("/$/ping") || path.equals("/$/metrics") || path.equals("/$/server")
                || path.equals("/$/stats") || path.startsWith("/$/stats/")
                || path.equals("/$/datasets") || path.startsWith("/$/datasets/");
    }
}
