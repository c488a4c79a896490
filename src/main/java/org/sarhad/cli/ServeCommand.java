package org.sarhad.cli;

import org.sarhad.pipeline.Components;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
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
            description = "origins allowed to GET from browsers (default: none)")
    List<String> corsOrigins = List.of();

    @Option(names = "--service-allow", paramLabel = "ENDPOINT", split = ",",
            description = "SPARQL endpoints SERVICE may call (default: the Wikidata and GeoNames endpoints)")
    List<String> serviceAllow;

    @Override
    public Integer call() throws InterruptedException {
        TdbArticleStore s = StoreOption.openLocal(storeOption.store);
        Components c = Components.create(baseOption.base);
        c.storeContext(s);
        run(s.dataset(), port, baseOption.base, Duration.ofSeconds(timeoutSeconds), corsOrigins, serviceAllow, spec);
        return Main.OK;
    }

    static void run(Dataset ds, int port, String base, Duration timeout, List<String> cors, List<String> allow,
            CommandSpec spec) throws InterruptedException {
        NewsServer.Builder b = NewsServer.builder().dataset(ds).port(port).base(base).queryTimeout(timeout)
                .corsOrigins(cors);
        if (allow != null && !allow.isEmpty()) {
            b.serviceAllowList(allow);
        }
        NewsServer server = b.build().start();
        spec.commandLine().getOut().println("Sarhad serving on http://localhost:" + server.port() + "/ (SPARQL at "
                + "http://localhost:" + server.port() + NewsServer.DATASET + "/sparql); Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        Thread.currentThread().join();
    }
}
