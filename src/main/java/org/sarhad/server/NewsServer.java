package org.sarhad.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.sarhad.federation.ServiceAllowList;
import org.sarhad.iri.IriMinter;
import org.sarhad.server.limits.EvaluationLimits;

/**
 * The Sarhad HTTP server: embedded Fuseki with read-only SPARQL, linked-data pages and search.
 *
 * <pre>
 * NewsServer server = NewsServer.builder().dataset(NewsGraph.open(dir)).port(3030).build().start();
 * // http://localhost:3030/sarhad/sparql, /id/..., /doc/..., /ontology, /void, /search?q=...
 * server.stop();
 * </pre>
 *
 * Defaults: port {@value #DEFAULT_PORT}, base {@link IriMinter#DEFAULT_BASE}, query timeout 30 s (answers 503),
 * at most {@value #DEFAULT_RESULT_CAP} rows per SELECT, request bodies and query texts up to
 * {@value #DEFAULT_MAX_REQUEST_BYTES} bytes, {@link AdmissionLimits#defaults()}, {@link EvaluationLimits#defaults()},
 * cross-origin reads from any origin, SERVICE only to {@link ServiceAllowList#DEFAULT_ENDPOINTS}.
 */
public final class NewsServer {
    public static final String DATASET = "/sarhad";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RESULT_CAP = 10_000;
    /** Query texts and request bodies: a query that long is an attack or a mistake, and parsing it takes seconds. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    /** System property that would let queries run JavaScript functions; must stay unset. */
    static final String SCRIPTING_PROPERTY = "jena:scripting";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private NewsServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public NewsServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** The bound port (useful with {@code port(0)}). */
    public int port() {
        return fuseki.getPort();
    }

    /** The operations served under {@value #DATASET}: only SPARQL query, never update or graph-store writes. */
    public Set<Operation> operations() {
        return fuseki.getDataAccessPointRegistry().get(DATASET).getDataService().getEndpoints().stream()
            .map(Endpoint::getOperation).collect(Collectors.toUnmodifiableSet());
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The only place a Fuseki server is made: query-only endpoints, no admin, our processors. */
    private static FusekiServer fuseki(ServerSettings s) {
        DataService sparql = DataService.newBuilder(s.dataset().asDatasetGraph())
            .withStdServices(false)
            .addEndpoint(Operation.Query, "sparql")
            .addEndpoint(Operation.Query, "query")
            .build();
        FusekiServer.Builder b = FusekiServer.create()
            .fusekiModules(FusekiModules.empty())
            .port(s.port())
            .enableCors(false)
            .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
            .registerOperation(Operation.Query, new ReadOnlyQuery(s))
            .add(DATASET, sparql)
            .addFilter("/*", new RequestLogFilter())
            .addFilter("/*", new NoTrace())
            .addFilter("/*", new RequestSizeLimit(s.maxRequestBytes()))
            .addFilter("/*", new CorsFilter(s.corsOrigins()))
            .addFilter(DATASET + "/*", new DatasetPaths())
            .addFilter(DATASET + "/*", new OutputParameter());
        Routes.register(b, s);
        FusekiServer server = b.build();
        OutputBuffers.pooled(server.getJettyServer());
        return server;
    }

    /** Chained settings; {@link #build()} checks them and fails with a sentence saying what is wrong. */
    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private String base = IriMinter.DEFAULT_BASE;
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private int resultCap = DEFAULT_RESULT_CAP;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private AdmissionLimits admissionLimits = AdmissionLimits.defaults();
        private EvaluationLimits evaluationLimits = EvaluationLimits.defaults();
        private final List<String> corsOrigins = new ArrayList<>(List.of(CorsFilter.ANY));
        private final List<String> serviceAllowList = new ArrayList<>(ServiceAllowList.DEFAULT_ENDPOINTS);

        private Builder() {
        }

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = Objects.requireNonNull(timeout, "queryTimeout");
            return this;
        }

        public Builder resultCap(int rows) {
            this.resultCap = rows;
            return this;
        }

        /** The largest query text or request body accepted; larger ones answer 413. */
        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Concurrent heavy and light queries, per client, and the addresses exempt from the per-client cap. */
        public Builder admissionLimits(AdmissionLimits limits) {
            this.admissionLimits = Objects.requireNonNull(limits, "admissionLimits");
            return this;
        }

        /** The longest string a query may build and the characters it may build in all. */
        public Builder evaluationLimits(EvaluationLimits limits) {
            this.evaluationLimits = Objects.requireNonNull(limits, "evaluationLimits");
            return this;
        }

        /**
         * Origins allowed to read cross-origin (GET, HEAD, POST), e.g. {@code https://example.org}; {@code *} (the
         * default) allows any.
         */
        public Builder corsOrigins(Collection<String> origins) {
            corsOrigins.clear();
            corsOrigins.addAll(Objects.requireNonNull(origins, "corsOrigins"));
            return this;
        }

        /** Replaces the SERVICE allow-list (exact endpoint IRIs). */
        public Builder serviceAllowList(Collection<String> endpoints) {
            serviceAllowList.clear();
            serviceAllowList.addAll(Objects.requireNonNull(endpoints, "serviceAllowList"));
            return this;
        }

        /** Adds a gazetteer SPARQL endpoint to the allow-list. */
        public Builder gazetteerEndpoint(String endpoint) {
            serviceAllowList.add(Objects.requireNonNull(endpoint, "gazetteerEndpoint"));
            return this;
        }

        public NewsServer build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset specified: call dataset(NewsGraph.open(dir)).");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalStateException("Port must be 0..65535, not " + port + ".");
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalStateException("Query timeout must be positive, not " + queryTimeout + ".");
            }
            if (resultCap < 1) {
                throw new IllegalStateException("Result cap must be at least 1 row, not " + resultCap + ".");
            }
            if (maxRequestBytes < 1024) {
                throw new IllegalStateException("Request size cap must be at least 1024 bytes, not " + maxRequestBytes + ".");
            }
            if (System.getProperty(SCRIPTING_PROPERTY) != null) {
                throw new IllegalStateException("System property " + SCRIPTING_PROPERTY
                    + " is set: refusing to serve with scripting functions enabled.");
            }
            ServerSettings s = new ServerSettings(dataset, port, IriMinter.create(base), queryTimeout, resultCap,
                CorsFilter.checkOrigins(corsOrigins), ServiceAllowList.of(serviceAllowList), evaluationLimits,
                maxRequestBytes, admissionLimits);
            return new NewsServer(fuseki(s), s);
        }
    }
}
