package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.server.Http;
import org.sarhad.testing.CliProcess;

/**
 * The store keeps the base its data was minted under: a later ingest or serve uses it without --base, and refuses
 * another --base (exit 2, naming both) instead of writing a second copy of the reference data and ontology.
 */
@Tag("slow")
class StoreBaseTest {
    static final String SEED = "data/demo/amu-tajik-kevron-2023.json";
    static final String BASE = "http://example.org/sarhad/";
    static final Duration LIMIT = Duration.ofSeconds(120);
    static final Pattern PORT = Pattern.compile("serving on http://localhost:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void ingest_and_serve_keep_the_store_base() throws Exception {
        String store = tmp.resolve("store").toString();
        CliProcess.Result first = CliProcess.run(tmp, LIMIT, "ingest", "--store", store, "--base", BASE, SEED);
        assertEquals(0, first.exit(), first.both());

        String other = "http://other.example/";
        for (String[] args : List.of(new String[] {"ingest", "--store", store, "--base", other, SEED},
            new String[] {"serve", "--store", store, "--base", other, "--port", "0"})) {
            CliProcess.Result refused = CliProcess.run(tmp, Duration.ofSeconds(60), args);
            assertEquals(2, refused.exit(), args[0] + ": " + refused.both());
            assertTrue(refused.stderr().contains(BASE) && refused.stderr().contains(other),
                args[0] + " names both bases: " + refused.stderr());
        }

        CliProcess serve = CliProcess.start(tmp, List.of(), "serve", "--store", store, "--port", "0");
        try {
            int port = awaitPort(serve);
            HttpResponse<String> doc = new Http(port).get("/doc/incident/amu-tajik-kevron-2023-i1", "Accept", "text/turtle");
            assertEquals(200, doc.statusCode(), doc.body());
            assertTrue(doc.body().contains(BASE + "id/incident/amu-tajik-kevron-2023-i1"), "served under the store's base");
        } finally {
            serve.kill();
        }
        assertEquals(Set.of(BASE + "graph/reference", BASE + "graph/ontology"), contextGraphs(store),
            "one reference and one ontology graph, under the store's base");
    }

    private static int awaitPort(CliProcess serve) throws Exception {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < end && serve.isAlive()) {
            Matcher m = PORT.matcher(serve.stdout());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("serve did not start: " + serve.stderr());
    }

    private static Set<String> contextGraphs(String store) {
        Dataset ds = TDB2Factory.connectDataset(store);
        return Txn.calculateRead(ds, () -> {
            Set<String> names = new TreeSet<>();
            ds.listModelNames().forEachRemaining(r -> {
                if (r.getURI().endsWith("graph/reference") || r.getURI().endsWith("graph/ontology")) {
                    names.add(r.getURI());
                }
            });
            return names;
        });
    }
}
