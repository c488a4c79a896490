package org.sarhad.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The SPARQL endpoints a {@code SERVICE} clause may call: exact IRIs chosen by the operator.
 *
 * <pre>
 * ServiceAllowList allow = ServiceAllowList.of(List.of("https://query.wikidata.org/sparql"));
 * allow.check(query);              // throws FederationException at parse time
 * allow.install(queryContext);     // and refuses again before any connection is made
 * </pre>
 */
public final class ServiceAllowList {
    /** Wikidata's public endpoint; a gazetteer endpoint is added by configuration. */
    public static final List<String> DEFAULT_ENDPOINTS = List.of("https://query.wikidata.org/sparql");

    private final Set<String> endpoints;

    private ServiceAllowList(Set<String> endpoints) {
        this.endpoints = Set.copyOf(endpoints);
    }

    /** @param endpoints absolute http(s) IRIs; anything else fails fast */
    public static ServiceAllowList of(Collection<String> endpoints) {
        Objects.requireNonNull(endpoints, "endpoints");
        Set<String> checked = new LinkedHashSet<>();
        for (String e : endpoints) {
            checked.add(requireHttp(Objects.requireNonNull(e, "endpoint")));
        }
        return new ServiceAllowList(checked);
    }

    public static ServiceAllowList defaults() {
        return of(DEFAULT_ENDPOINTS);
    }

    public Set<String> endpoints() {
        return endpoints;
    }

    public boolean allows(Node endpoint) {
        return endpoint != null && endpoint.isURI() && endpoints.contains(endpoint.getURI());
    }

    /** Walks the query algebra, filter expressions included, and refuses any SERVICE not on the list. */
    public void check(Query query) {
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                requireAllowed(op.getService());
            }
        }, new ServiceInExpressions(this));
    }

    /**
     * SERVICE's HTTP client: redirects are not followed, since the allow-list judged the first address only and a
     * listed endpoint could send the query on to any other.
     */
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Installs the execution-time guard and the client that follows no redirects in a query context (per-query
     * registry, the global one is untouched).
     */
    public void install(Context context) {
        context.set(ARQ.httpQueryClient, NO_REDIRECTS);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        ServiceGuard guard = new ServiceGuard(this);
        registry.addBulkLink(guard);
        registry.addSingleLink(guard);
        ServiceExecutorRegistry.set(context, registry);
    }

    void requireAllowed(Node endpoint) {
        if (endpoint == null || !endpoint.isURI()) {
            throw new FederationException("SERVICE with a variable endpoint is not allowed: " + endpoint);
        }
        if (!allows(endpoint)) {
            throw new FederationException("SERVICE endpoint not on the allow-list: <" + endpoint.getURI() + ">");
        }
    }

    private static String requireHttp(String iri) {
        try {
            URI uri = new URI(iri);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("allow-list entries must be absolute http(s) IRIs: " + iri);
            }
            return iri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad allow-list IRI: " + iri, e);
        }
    }
}
