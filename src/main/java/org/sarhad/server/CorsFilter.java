package org.sarhad.server;

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
import java.util.Set;

/**
 * Cross-origin reads of a public read-only endpoint: GET, HEAD and POST (a SPARQL query by form or as
 * {@code application/sparql-query}) with the headers such requests need, preflight answered. Every public path is
 * read-only (no write or admin path exists), so by default any origin may read ({@code *}); configured with a list,
 * only those origins are echoed, with {@code Vary: Origin}. Other methods and headers get no CORS answer.
 */
final class CorsFilter implements Filter {
    /** The configuration meaning "any origin". */
    static final String ANY = "*";
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOWED_HEADERS = "Content-Type, Accept, X-Requested-With";
    private static final Set<String> HEADERS = Set.of("content-type", "accept", "x-requested-with", "accept-language",
        "content-language");
    private static final String EXPOSED = String.join(", ", ResultCap.HEADER, "ETag", "Link", "Retry-After", "Location");

    private final Set<String> origins;

    CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** {@code *} alone, or origins as scheme://host[:port]. */
    static List<String> checkOrigins(List<String> origins) {
        if (origins.equals(List.of(ANY))) {
            return origins;
        }
        for (String o : origins) {
            if (!o.matches("https?://[^/\\s*]+")) {
                throw new IllegalStateException("CORS origins must be '*' alone, or scheme://host[:port] without a path: "
                    + o);
            }
        }
        return List.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        String requested = request.getHeader("Access-Control-Request-Method");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && requested != null;
        boolean allowed = origin != null && (origins.contains(ANY) || origins.contains(origin));
        if (preflight) {
            if (allowed && METHODS.contains(requested) && headersAllowed(request.getHeader("Access-Control-Request-Headers"))) {
                allowOrigin(response, origin);
                response.setHeader("Access-Control-Allow-Methods", String.join(", ", "GET", "HEAD", "POST"));
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if (allowed && METHODS.contains(request.getMethod())) {
            allowOrigin(response, origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(req, res);
    }

    private void allowOrigin(HttpServletResponse response, String origin) {
        if (origins.contains(ANY)) {
            response.setHeader("Access-Control-Allow-Origin", ANY);
        } else {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
        }
    }

    private static boolean headersAllowed(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        for (String h : requested.split(",")) {
            if (!h.isBlank() && !HEADERS.contains(h.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
