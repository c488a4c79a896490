package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whole-store reads (S11): the dataset and Graph Store paths are closed and say where a dump comes from. */
class BulkReadPathsTest {
    static final List<String> PATHS = List.of("/sarhad", "/sarhad/", "/sarhad/data", "/sarhad/get", "/sarhad?default",
        "/sarhad/data?default", "/sarhad/get?default", "/sarhad?graph=http://localhost:3030/graph/reference",
        "/sarhad/data?graph=http://localhost:3030/graph/reference", "/sarhad/upload", "/sarhad/update");
    static final List<String> ACCEPTS = List.of("application/n-quads", "application/trig", "text/turtle", "*/*");
    static Dataset ds;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("bulk");
        server = NewsServer.builder().dataset(ds).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void whole_store_paths_404_pointing_at_export_and_backup() {
        for (String path : PATHS) {
            for (String accept : ACCEPTS) {
                HttpResponse<String> r = http.get(path, "Accept", accept);
                assertEquals(404, r.statusCode(), "GET " + path + " (" + accept + ")");
                assertTrue(r.body().contains("export") && r.body().contains("backup"), path + ": " + r.body());
                assertFalse(r.body().contains("https://w3id.org/sarhad/ontology#"), "no data in the answer: " + path);
                assertEquals(404, http.send("HEAD", path, "text/plain", "").statusCode(), "HEAD " + path);
            }
        }
    }

    @Test
    void query_endpoints_still_answer() {
        for (String endpoint : List.of("/sarhad/sparql", "/sarhad/query")) {
            HttpResponse<String> r = http.get(endpoint + "?query=ASK%7B%7D", "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), endpoint + ": " + r.body());
        }
    }
}
