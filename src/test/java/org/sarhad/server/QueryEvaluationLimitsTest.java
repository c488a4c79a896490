package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Queries that are expensive inside one expression (S9): catastrophic regular expressions answer 503 within the
 * timeout, values built past the cap answer 422 (every string function that can grow a value: CONCAT, REPLACE,
 * GROUP_CONCAT, UCASE, LCASE, ENCODE_FOR_URI; the others only shrink what was built), ordinary string functions
 * still work, case mapping long texts in pieces changes nothing, and a burst of memory
 * bombs fails no other request.
 */
@Tag("slow")
class QueryEvaluationLimitsTest {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** What "within the timeout" allows on a loaded two-core machine. */
    static final long MARGIN_MILLIS = 3_000;
    static Dataset ds;
    static NewsServer server;
    static Http http;
    static long quads;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("limits");
        // Room for the six parallel bombs: this test is about memory, QueryAdmissionTest about concurrency.
        server = NewsServer.builder().dataset(ds).port(0).queryTimeout(TIMEOUT)
            .admissionLimits(new AdmissionLimits(8, 16, 16, List.of())).build().start();
        http = new Http(server.port());
        quads = count();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static long count() {
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
    }

    static List<AttackQueries> attacks() {
        return AttackQueries.all();
    }

    static HttpResponse<String> post(String query) {
        return http.send("POST", "/sarhad/sparql", "application/x-www-form-urlencoded",
            "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void answers_expected_status_within_the_timeout(AttackQueries attack) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = post(attack.query());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(attack.accepts(r.statusCode()), attack.name() + " answered " + r.statusCode() + ": " + r.body());
        assertTrue(millis < TIMEOUT.toMillis() + MARGIN_MILLIS, attack.name() + " took " + millis + " ms");
        if (r.statusCode() == 422) {
            assertTrue(r.body().contains("limit"), "says which limit: " + r.body());
        }
        assertEquals(quads, count(), "store unchanged");
    }

    @Test
    void memory_bombs_in_parallel_fail_no_other_request() throws Exception {
        String bomb = AttackQueries.named("concat-doubling.rq").query();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> light = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                bombs.add(CompletableFuture.supplyAsync(() -> post(bomb), pool));
                light.add(CompletableFuture.supplyAsync(() -> http.get("/doc/actor/gknb", "Accept", "text/turtle"), pool));
            }
            for (CompletableFuture<HttpResponse<String>> b : bombs) {
                assertEquals(422, b.get().statusCode(), b.get().body());
            }
            for (CompletableFuture<HttpResponse<String>> l : light) {
                assertEquals(200, l.get().statusCode(), l.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(200, post("ASK {}").statusCode(), "the server still answers");
    }

    @Test
    void case_mapping_in_pieces_equals_the_whole_string_mapped() {
        // Longer than one piece, with expanding characters and final sigmas at word ends.
        String text = "Straße ΟΔΟΣ İstanbul ΣΑΣ ".repeat(200);
        for (String f : List.of("UCASE", "LCASE")) {
            HttpResponse<String> r = post("SELECT (" + f + "(\"" + text + "\") AS ?v) {}");
            assertEquals(200, r.statusCode(), r.body());
            String v = org.apache.jena.atlas.json.JSON.parse(r.body()).get("results").getAsObject().get("bindings")
                .getAsArray().get(0).getAsObject().get("v").getAsObject().get("value").getAsString().value();
            assertEquals("UCASE".equals(f) ? text.toUpperCase() : text.toLowerCase(), v, f);
        }
    }
}
