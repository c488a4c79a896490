package org.sarhad.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.sarhad.pipeline.StoreContext;
import org.sarhad.server.AdmissionLimits;
import org.sarhad.server.NewsServer;
import org.sarhad.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store: read-only SPARQL at /sarhad/sparql, linked data at /id and /doc, /ontology,",
            "/void, search and the landing page at /."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    StoreDirOption storeOption;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @picocli.CommandLine.Mixin
    BaseOption baseOption;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "query timeout; longer queries answer 503 (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "origins browsers may read from (GET, HEAD, POST); '*' for any (default: *)")
    List<String> corsOrigins = List.of("*");

    @Option(names = "--service-allow", paramLabel = "ENDPOINT", split = ",",
            description = "SPARQL endpoints SERVICE may call (default: the Wikidata endpoint)")
    List<String> serviceAllow;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "largest query text or request body; larger ones answer 413 (default ${DEFAULT-VALUE})")
    int maxRequestBytes;

    @Option(names = "--heavy-queries", paramLabel = "N", description = "queries not judged light that may run at once;"
            + " more answer 503 with Retry-After (default: one fewer than the cores, at least one)")
    Integer heavyQueries;

    @Option(names = "--queries-per-client", paramLabel = "N", defaultValue = "4",
            description = "queries one client address may run at once (default ${DEFAULT-VALUE})")
    int queriesPerClient;

    @Option(names = "--exempt-client", paramLabel = "ADDRESS", split = ",",
            description = "addresses without the per-client cap, e.g. a trusted proxy (default: none)")
    List<String> exemptClients = List.of();

    @Option(names = "--verbose", description = "log Fuseki's request lines too (with the first 500 characters of each"
            + " query); by default one line per request without query text")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        TdbArticleStore s = StoreOption.openExisting(storeOption.store);
        String base = baseOption.of(s);
        // The reference data and ontology only: the extraction models would sit unread in the server's heap.
        StoreContext.create(base).writeTo(s);
        NewsServer.Builder b = NewsServer.builder().dataset(s.dataset()).port(port).base(base)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds)).corsOrigins(corsOrigins)
                .maxRequestBytes(maxRequestBytes).admissionLimits(admission());
        if (serviceAllow != null && !serviceAllow.isEmpty()) {
            b.serviceAllowList(serviceAllow);
        }
        run(b, spec, verbose);
        return Main.OK;
    }

    private AdmissionLimits admission() {
        AdmissionLimits d = AdmissionLimits.defaults();
        return new AdmissionLimits(heavyQueries == null ? d.heavyQueries() : heavyQueries, d.lightQueries(),
                queriesPerClient, exemptClients);
    }

    /** Starts the configured server, says where, and serves until the process is stopped. */
    static void run(NewsServer.Builder configured, CommandSpec spec, boolean verbose) throws InterruptedException {
        if (verbose) {
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki.Fuseki",
                org.apache.logging.log4j.Level.INFO);
        }
        NewsServer server = configured.build().start();
        spec.commandLine().getOut().println("Sarhad serving on http://localhost:" + server.port() + "/ (SPARQL at "
                + "http://localhost:" + server.port() + NewsServer.DATASET + "/sparql); Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        Thread.currentThread().join();
    }
}
