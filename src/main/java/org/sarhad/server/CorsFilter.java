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
import java.util.Set;

/**
 * Cross-origin reads: GET (and its preflight) from the configured origins only; other origins get no CORS
 * headers, so browsers refuse them. Non-GET methods never get CORS headers.
 */
final class CorsFilter implements Filter {
    private final Set<String> origins;

    CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    static List<String> checkOrigins(List<String> origins) {
        for (String o : origins) {
            if (!o.matches("https?://[^/\\s*]+")) {
                throw new IllegalStateException("CORS origin must be scheme://host[:port] without a path or '*': " + o);
            }
        }
        return List.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        boolean allowed = origin != null && origins.contains(origin);
        String method = request.getMethod();
        boolean preflight = "OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") != null;
        if (allowed && ("GET".equals(method) || "HEAD".equals(method) || preflight)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
        }
        if (preflight) {
            if (allowed && "GET".equals(request.getHeader("Access-Control-Request-Method"))) {
                response.setHeader("Access-Control-Allow-Methods", "GET");
                response.setHeader("Access-Control-Allow-Headers", "Accept");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(req, res);
    }
}
