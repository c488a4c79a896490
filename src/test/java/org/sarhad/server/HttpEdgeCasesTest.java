package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that used to answer 500 or the wrong thing: search terms that are only operators or too many words,
 * non-ASCII slugs, media types in capitals or refused with q=0, weak validators, TRACE.
 */
class HttpEdgeCasesTest {
    static Dataset ds;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("edges");
        server = NewsServer.builder().dataset(ds).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static List<String> operatorOnlyQueries() {
        try (var in = HttpEdgeCasesTest.class.getClassLoader().getResourceAsStream("server/search/operator-only.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void search_of_operators_alone_or_too_many_words_400() {
        for (String q : operatorOnlyQueries()) {
            for (String format : List.of("", "&format=json")) {
                HttpResponse<String> r = http.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + format);
                assertEquals(400, r.statusCode(), q + ": " + r.body());
                assertFalse(r.body().contains("at org."), "no stack trace: " + r.body());
            }
        }
        String many = "border ".repeat(1025).strip();
        HttpResponse<String> r = http.get("/search?q=" + URLEncoder.encode(many, StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(200, http.get("/search?q=border").statusCode(), "ordinary search still works");
    }

    @Test
    void non_ascii_slug_404_and_id_redirect_percent_encoded() {
        for (String path : List.of("/doc/place/k%C3%A9vron", "/doc/actor/%D0%93%D0%9A%D0%9D%D0%91")) {
            HttpResponse<String> r = http.get(path, "Accept", "text/turtle");
            assertEquals(404, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("at org."), "no stack trace: " + r.body());
        }
        HttpResponse<String> id = http.get("/id/place/k%C3%A9vron");
        assertEquals(303, id.statusCode(), id.body());
        assertEquals("/doc/place/k%C3%A9vron", id.headers().firstValue("Location").orElse(null));
    }

    @Test
    void media_types_case_insensitive_and_q_zero_not_acceptable() {
        HttpResponse<String> upper = http.get("/doc/actor/gknb", "Accept", "TEXT/TURTLE");
        assertEquals(200, upper.statusCode(), upper.body());
        assertTrue(upper.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> refused = http.get("/doc/actor/gknb", "Accept", "text/turtle;q=0");
        assertEquals(406, refused.statusCode(), "q=0 means not acceptable: " + refused.body());
        HttpResponse<String> notTurtle = http.get("/doc/actor/gknb", "Accept", "text/turtle;q=0, application/n-triples");
        assertEquals(200, notTurtle.statusCode());
        assertTrue(notTurtle.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        HttpResponse<String> anyButHtml = http.get("/doc/actor/gknb", "Accept", "text/html;q=0, */*");
        assertFalse(anyButHtml.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "html refused");
        HttpResponse<String> preferred = http.get("/doc/actor/gknb", "Accept",
            "application/ld+json;q=0.5, APPLICATION/RDF+XML;q=0.9");
        assertTrue(preferred.headers().firstValue("Content-Type").orElse("").startsWith("application/rdf+xml"));
    }

    @Test
    void weak_if_none_match_304() {
        HttpResponse<String> first = http.get("/doc/actor/gknb", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> weak = http.get("/doc/actor/gknb", "Accept", "text/turtle", "If-None-Match", "W/" + etag);
        assertEquals(304, weak.statusCode());
        HttpResponse<String> listed = http.get("/doc/actor/gknb", "Accept", "text/turtle",
            "If-None-Match", "\"other\", W/" + etag);
        assertEquals(304, listed.statusCode());
        HttpResponse<String> other = http.get("/doc/actor/gknb", "Accept", "text/turtle", "If-None-Match", "W/\"other\"");
        assertEquals(200, other.statusCode());
    }

    @Test
    void trace_is_never_echoed() {
        for (String path : List.of("/", "/nothing/here", "/sarhad/upload", "/doc/actor/gknb", "/sarhad/sparql")) {
            HttpResponse<String> r = http.send("TRACE", path, "text/plain", "", "X-Secret", "cookie-like");
            assertEquals(405, r.statusCode(), "TRACE " + path);
            assertFalse(r.body().contains("cookie-like"), "request not echoed: " + r.body());
        }
    }
}
