package org.sarhad.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Under {@value NewsServer#DATASET} only the two query endpoints answer. Fuseki also reads the whole dataset or a
 * graph at the dataset's own path and its Graph Store names; those reads know no row cap or timeout, so they are
 * closed, and the answer says how the operator dumps a store instead.
 */
final class DatasetPaths implements Filter {
    static final String CLOSED = "The store is not served whole over HTTP: query " + Routes.SPARQL
        + " (results capped), or on the server's machine run `sarhad export --format nquads` or `sarhad backup`.";
    private static final Set<String> OPEN = Set.of(Routes.SPARQL, NewsServer.DATASET + "/query");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (OPEN.contains(path)) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().println(CLOSED);
        }
    }
}
