package org.sarhad.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status, time, and for a query only its length, never its text (a query
 * may hold what a user would not want in a log; {@code serve --verbose} turns on Fuseki's own log, which shows
 * the first characters of each query).
 */
final class RequestLogFilter implements Filter {
    static final String LOGGER = "org.sarhad.server.Requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!LOG.isInfoEnabled()) {
            chain.doFilter(req, res);
            return;
        }
        long t0 = System.nanoTime();
        HttpServletRequest request = (HttpServletRequest) req;
        try {
            chain.doFilter(req, res);
        } finally {
            String query = request.getQueryString() == null ? null : request.getParameter("query");
            LOG.info("{} {} {} {} ms{}", request.getMethod(), request.getRequestURI(),
                ((HttpServletResponse) res).getStatus(), (System.nanoTime() - t0) / 1_000_000,
                query == null ? "" : " (query of " + query.length() + " characters)");
        }
    }
}
