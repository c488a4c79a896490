package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A SELECT cut at the row cap says so: a response header naming the cap, and a sentence on the HTML table. */
class ResultTruncationTest {
    static final int CAP = 40;
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(TestStore.fresh("truncation")).port(0).resultCap(CAP).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> select(String q, String accept) {
        return http.get("/sarhad/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", accept);
    }

    static Optional<String> truncated(HttpResponse<String> r) {
        return r.headers().firstValue("Sarhad-Result-Truncated");
    }

    static int rows(HttpResponse<String> r) {
        return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().size();
    }

    @Test
    void cut_at_the_cap_names_it_in_a_header() {
        for (String q : List.of("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o } LIMIT 1000")) {
            HttpResponse<String> r = select(q, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Optional.of(String.valueOf(CAP)), truncated(r), q);
            assertEquals(CAP, rows(r), q);
        }
        for (String accept : List.of("text/csv", "application/sparql-results+xml")) {
            assertEquals(Optional.of(String.valueOf(CAP)), truncated(select("SELECT * { ?s ?p ?o }", accept)), accept);
        }
    }

    @Test
    void not_cut_no_header() {
        for (String q : List.of("SELECT * { ?s ?p ?o } LIMIT 3", "SELECT * { ?s ?p ?o } LIMIT " + CAP,
            "SELECT ?i { ?i a <https://w3id.org/sarhad/ontology#Incident> }")) {
            HttpResponse<String> r = select(q, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(Optional.empty(), truncated(r), q);
            assertTrue(rows(r) <= CAP);
        }
    }

    @Test
    void html_table_says_when_rows_were_cut() {
        HttpResponse<String> cut = select("SELECT * { ?s ?p ?o }", BROWSER);
        assertEquals(200, cut.statusCode(), cut.body());
        assertTrue(cut.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(Optional.of(String.valueOf(CAP)), truncated(cut));
        assertTrue(cut.body().contains("Only the first " + CAP + " rows are shown"), cut.body());
        assertEquals(CAP + 1, cut.body().split("<tr>", -1).length - 1, "header row plus the capped rows");
        HttpResponse<String> whole = select("SELECT ?i { ?i a <https://w3id.org/sarhad/ontology#Incident> }", BROWSER);
        assertTrue(whole.body().contains("<table>"), whole.body());
        assertFalse(whole.body().contains("Only the first"), whole.body());
        assertTrue(whole.body().contains("href=\"/doc/incident/"), "our IRIs link to their pages: " + whole.body());
    }
}
