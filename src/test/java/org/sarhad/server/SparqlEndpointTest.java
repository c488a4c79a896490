package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public SPARQL endpoints: query only, no writes anywhere, timeout, row cap, CORS, no admin. */
class SparqlEndpointTest {
    static final int CAP = 40;
    static final String ORIGIN = "https://analyst.example.org";
    static Dataset ds;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("sparql");
        server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(1)).resultCap(CAP)
            .corsOrigins(List.of(ORIGIN)).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> query(String endpoint, String sparql, String... headers) {
        return http.get(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), headers);
    }

    @Test
    void get_sparql_select_200() {
        for (String endpoint : List.of("/sarhad/sparql", "/sarhad/query")) {
            HttpResponse<String> r = query(endpoint, "SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/sarhad/ontology#Incident> }",
                "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            String n = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("n").getAsObject().get("value").getAsString().value();
            assertEquals("4", n);
        }
    }

    @Test
    void builder_registers_query_only() {
        assertTrue(server.operations().contains(Operation.Query));
        assertTrue(Set.of(Operation.Query, Operation.GSP_R).containsAll(server.operations()),
            "only query and graph-store read: " + server.operations());
    }

    @Test
    void post_update_4xx() {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        for (String path : List.of("/sarhad/sparql", "/sarhad/query", "/sarhad/update", "/sarhad", "/")) {
            int status = http.send("POST", path, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, path + " answered " + status);
            status = http.send("POST", path, "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).statusCode();
            assertTrue(status >= 400 && status < 500, path + " (form) answered " + status);
        }
        assertFalse(Txn.calculateRead(ds, () -> ds.getUnionModel().containsResource(
            ds.getUnionModel().createResource("urn:x:a"))), "store unchanged");
    }

    @Test
    void put_graph_4xx() {
        String turtle = "<urn:x:a> <urn:x:b> <urn:x:c> .";
        for (String path : List.of("/sarhad/data?default", "/sarhad?graph=urn:x:g", "/sarhad/sparql?graph=urn:x:g",
            "/sarhad/data?graph=http://localhost:3030/graph/reference")) {
            for (String method : List.of("PUT", "POST", "DELETE")) {
                int status = http.send(method, path, "text/turtle", turtle).statusCode();
                assertTrue(status >= 400 && status < 500, method + " " + path + " answered " + status);
            }
        }
        long referenceTriples = Txn.calculateRead(ds, () -> ds.getNamedModel("http://localhost:3030/graph/reference").size());
        assertTrue(referenceTriples > 0, "reference graph still there");
    }

    @Test
    void get_admin_404() {
        for (String path : List.of("/$/ping", "/$/stats", "/$/server", "/$/datasets", "/$/metrics", "/$/tasks")) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
    }

    @Test
    void heavy_query_503() {
        HttpResponse<String> r = query("/sarhad/sparql",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }");
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void select_capped_rows() {
        HttpResponse<String> r = query("/sarhad/sparql", "SELECT * { ?s ?p ?o }", "Accept", "application/sparql-results+json");
        assertEquals(CAP, JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size());
        HttpResponse<String> small = query("/sarhad/sparql", "SELECT * { ?s ?p ?o } LIMIT 3",
            "Accept", "application/sparql-results+json");
        assertEquals(3, JSON.parse(small.body()).get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void cors_only_for_configured_origins() {
        HttpResponse<String> ok = http.get("/doc/actor/gknb", "Origin", ORIGIN, "Accept", "text/turtle");
        assertEquals(ORIGIN, ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = http.get("/doc/actor/gknb", "Origin", "https://evil.example", "Accept", "text/turtle");
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> put = http.send("PUT", "/sarhad/sparql", "text/turtle", "", "Origin", ORIGIN);
        assertTrue(put.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS for reads only");
    }

    @Test
    void builder_fails_fast() {
        assertThrows(IllegalStateException.class, () -> NewsServer.builder().build());
        assertThrows(IllegalStateException.class, () -> NewsServer.builder().dataset(ds).queryTimeout(Duration.ZERO).build());
        assertThrows(IllegalStateException.class, () -> NewsServer.builder().dataset(ds).corsOrigins(List.of("*", ORIGIN))
            .build());
        assertThrows(IllegalArgumentException.class, () -> NewsServer.builder().dataset(ds).serviceAllowList(
            List.of("file:///etc/passwd")).build());
        System.setProperty(NewsServer.SCRIPTING_PROPERTY, "true");
        try {
            assertThrows(IllegalStateException.class, () -> NewsServer.builder().dataset(ds).port(0).build());
        } finally {
            System.clearProperty(NewsServer.SCRIPTING_PROPERTY);
        }
        assertEquals(null, System.getProperty(NewsServer.SCRIPTING_PROPERTY), "scripting stays off");
    }
}
