package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checklist items the endpoint tests leave out: injection strings in every parameter that reaches a query (S5),
 * script functions (S6), a capped cross product answered without materialising it (S4), the remaining Fuseki admin
 * paths (S8).
 */
class ServerAbuseTest {
    static final int CAP = 50;
    static final List<String> INJECTIONS = List.of("\"> } ; DROP ALL ; #", "x\" } UNION { ?s ?p ?o } #", "\u0000",
        "a>b c", "<http://evil.example/> ", "*:*", "' OR 1=1 --", "\\\"\\\\", "%00%22%3E");
    static Dataset ds;
    static NewsServer server;
    static Http http;
    static long triples;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("abuse");
        server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(2)).resultCap(CAP).build().start();
        http = new Http(server.port());
        triples = count();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static long count() {
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void search_q_injection_changes_no_query() {
        for (String s : INJECTIONS) {
            HttpResponse<String> r = http.get("/search?format=json&q=" + enc(s));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, s + " answered " + r.statusCode());
            if (r.statusCode() == 200 && s.contains("UNION")) {
                assertEquals(0, JSON.parseAny(r.body()).toString().split("\"resource\"", -1).length - 1,
                    "a UNION smuggled into q must not list the store: " + r.body());
            }
        }
        assertEquals(triples, count(), "store unchanged");
    }

    @Test
    void entity_slug_injection_is_not_found() {
        for (String s : INJECTIONS) {
            for (String prefix : List.of("/doc/actor/", "/id/actor/", "/doc/")) {
                HttpResponse<String> r = http.get(prefix + enc(s), "Accept", "text/turtle");
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, prefix + s + " answered " + r.statusCode());
                assertFalse(r.body().contains("<http://evil.example/>"), "input not echoed unescaped: " + r.body());
            }
        }
        assertEquals(triples, count(), "store unchanged");
    }

    @Test
    void script_functions_are_not_evaluated() {
        String q = "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x { BIND(js:eval('6*7') AS ?x) }";
        HttpResponse<String> r = http.get("/sarhad/sparql?query=" + enc(q), "Accept", "application/sparql-results+json");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, "answered " + r.statusCode());
        assertFalse(r.body().contains("42"), "no script ran: " + r.body());
        assertEquals(null, System.getProperty(NewsServer.SCRIPTING_PROPERTY), "scripting stays off");
    }

    @Test
    void cross_product_without_limit_is_capped_quickly() {
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.get("/sarhad/sparql?query=" + enc("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
            "Accept", "application/sparql-results+json");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(CAP, JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        assertTrue(millis < 3_000, "streams the first rows, no full evaluation: " + millis + " ms");
        assertTrue(grown < 256L << 20, "heap grew by " + (grown >> 20) + " MB for a billion-row product");
    }

    @Test
    void remaining_admin_paths_404() {
        for (String path : List.of("/$/compact/sarhad", "/$/backup/sarhad", "/$/backups/list", "/$/reload",
            "/$/sleep", "/$/logs", "/$/datasets/sarhad")) {
            assertEquals(404, http.get(path).statusCode(), "GET " + path);
            int post = http.send("POST", path, "text/plain", "").statusCode();
            assertTrue(post == 404 || post == 405, "POST " + path + " answered " + post);
        }
    }
}
