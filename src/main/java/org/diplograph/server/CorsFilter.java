package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Cross-origin access: any web page may read, only listed origins may write.
 * <ul>
 *   <li>Reads (GET, HEAD, and POST of a query, anywhere but the write endpoints) get
 *       {@code Access-Control-Allow-Origin: *} and never {@code Access-Control-Allow-Credentials}: a page elsewhere
 *       sees public data, and its requests carry no credentials of the user.</li>
 *   <li>Writes ({@code POST}/{@code PUT}/{@code DELETE}/{@code PATCH} on {@code /kg/update}, {@code /kg/data} and
 *       {@code /kg/patch}) get CORS headers only for an origin in the list ({@code --cors-origin}), echoed with
 *       credentials allowed and {@code Vary: Origin}; with an empty list no page elsewhere can write.</li>
 * </ul>
 * Preflight requests ({@code OPTIONS} with {@code Access-Control-Request-Method}) are answered here (204).
 */
final class CorsFilter implements Filter {
    static final String READ_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String WRITE_METHODS = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
    static final String READ_HEADERS = "Accept, Accept-Language, Content-Type, Origin, X-Requested-With";
    static final String WRITE_HEADERS = READ_HEADERS + ", Authorization";
    static final String EXPOSED = "Cache-Control, Content-Language, Content-Length, Content-Type, ETag, Expires, "
            + "Last-Modified, Link, Location, Pragma, Vary";
    private static final Set<String> WRITE_VERBS = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final String dataset;
    private final Set<String> writeOrigins;

    /** @param dataset the dataset path ({@code /kg}); @param writeOrigins origins allowed to write, e.g. {@code https://app.example.org} */
    CorsFilter(String dataset, List<String> writeOrigins) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.writeOrigins = Set.copyOf(writeOrigins);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        String origin = http.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = Objects.toString(http.getServletPath(), "") + Objects.toString(http.getPathInfo(), "");
        String preflightMethod = http.getHeader("Access-Control-Request-Method");
        boolean preflight = "OPTIONS".equals(http.getMethod()) && preflightMethod != null;
        String method = preflight ? preflightMethod.trim().toUpperCase(Locale.ROOT) : http.getMethod();
        boolean write = isWrite(path, method);
        boolean allowed = !write || writeOrigins.contains(origin);
        if (allowed) {
            if (write) {
                out.setHeader("Access-Control-Allow-Origin", origin);
                out.setHeader("Access-Control-Allow-Credentials", "true");
                out.addHeader("Vary", "Origin");
            } else {
                out.setHeader("Access-Control-Allow-Origin", "*");
            }
            out.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        if (preflight) {
            if (allowed) {
                out.setHeader("Access-Control-Allow-Methods", write ? WRITE_METHODS : READ_METHODS);
                out.setHeader("Access-Control-Allow-Headers", write ? WRITE_HEADERS : READ_HEADERS);
                out.setHeader("Access-Control-Max-Age", "3600");
            }
            out.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code method} on {@code path} changes data: a write verb on one of the dataset's write endpoints. */
    boolean isWrite(String path, String method) {
        if (!WRITE_VERBS.contains(method)) return false;
        return path.equals(dataset + "/update") || path.equals(dataset + "/data") || path.equals(dataset + "/patch")
                || !method.equals("POST") && path.startsWith(dataset);
    }
}
