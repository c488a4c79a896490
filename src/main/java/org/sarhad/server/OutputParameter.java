package org.sarhad.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SPARQLWrapper and other clients name the format in {@code output=} or {@code format=} with values Fuseki does not
 * know ({@code rdf+xml}, {@code n3}, {@code json-ld}...) and answers 400 to. Such a parameter is taken off the request:
 * the client's {@code Accept} decides, and when it sent none (or only a wildcard) the parameter's media type
 * becomes the {@code Accept}.
 */
final class OutputParameter implements Filter {
    private static final Set<String> NAMES = Set.of("output", "format");
    private static final Set<String> FUSEKI_KNOWS = Set.of("json", "xml", "csv", "tsv", "text", "sse");
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
        Map.entry("rdf+xml", Offers.RDFXML), Map.entry("rdf xml", Offers.RDFXML), Map.entry("rdf", Offers.RDFXML),
        Map.entry("n3", Offers.TURTLE), Map.entry("turtle", Offers.TURTLE), Map.entry("ttl", Offers.TURTLE),
        Map.entry("json-ld", Offers.JSONLD), Map.entry("jsonld", Offers.JSONLD), Map.entry("nt", Offers.NTRIPLES),
        Map.entry("n-triples", Offers.NTRIPLES), Map.entry("ntriples", Offers.NTRIPLES));

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String unknown = null;
        for (String name : NAMES) {
            String v = request.getParameter(name);
            if (v != null && !FUSEKI_KNOWS.contains(v.strip().toLowerCase(Locale.ROOT))) {
                unknown = v.strip().toLowerCase(Locale.ROOT);
            }
        }
        chain.doFilter(unknown == null ? req : new Without(request, MEDIA_TYPES.get(unknown)), res);
    }

    /** The request without its format parameters, with an Accept from them when the client gave none. */
    private static final class Without extends HttpServletRequestWrapper {
        private final String accept;

        Without(HttpServletRequest request, String mediaType) {
            super(request);
            String given = request.getHeader("Accept");
            boolean none = given == null || given.isBlank() || given.strip().equals("*/*");
            this.accept = none && mediaType != null ? mediaType : given;
        }

        @Override
        public String getParameter(String name) {
            return NAMES.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NAMES.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> kept = new LinkedHashMap<>(super.getParameterMap());
            kept.keySet().removeAll(NAMES);
            return Collections.unmodifiableMap(kept);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Accept".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(accept == null ? List.of() : List.of(accept));
        }
    }
}
