package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORS for a public read-only endpoint (S7): by default any origin may GET, HEAD and POST (form and
 * application/sparql-query) with Content-Type, Accept and X-Requested-With, preflight included; configured with a
 * list, only those origins are answered, each echoed with Vary: Origin.
 */
@Tag("slow")
class CorsTest {
    static final String LISTED = "https://analyst.example.org";
    static final String OTHER = "https://elsewhere.example";
    static NewsServer open;
    static NewsServer listed;
    static Http anyOrigin;
    static Http onlyListed;

    @BeforeAll
    static void start() {
        open = NewsServer.builder().dataset(TestStore.fresh("cors")).port(0).build().start();
        listed = NewsServer.builder().dataset(TestStore.fresh("cors-list")).port(0).corsOrigins(List.of(LISTED)).build()
            .start();
        anyOrigin = new Http(open.port());
        onlyListed = new Http(listed.port());
    }

    @AfterAll
    static void stop() {
        open.stop();
        listed.stop();
    }

    static Optional<String> allowOrigin(HttpResponse<String> r) {
        return r.headers().firstValue("Access-Control-Allow-Origin");
    }

    static HttpResponse<String> preflight(Http http, String origin, String path, String method, String headers) {
        return http.send("OPTIONS", path, "text/plain", "", "Origin", origin, "Access-Control-Request-Method", method,
            "Access-Control-Request-Headers", headers);
    }

    @Test
    void default_any_origin_reads_with_get_head_and_post() {
        assertEquals(Optional.of("*"), allowOrigin(anyOrigin.get("/doc/actor/gknb", "Origin", OTHER, "Accept", "text/turtle")));
        assertEquals(Optional.of("*"), allowOrigin(anyOrigin.send("HEAD", "/void", "text/plain", "", "Origin", OTHER)));
        String form = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> post = anyOrigin.send("POST", "/sarhad/sparql", "application/x-www-form-urlencoded", form,
            "Origin", OTHER, "Accept", "application/sparql-results+json");
        assertEquals(200, post.statusCode(), post.body());
        assertEquals(Optional.of("*"), allowOrigin(post));
        HttpResponse<String> body = anyOrigin.send("POST", "/sarhad/query", "application/sparql-query", "ASK {}",
            "Origin", OTHER, "Accept", "application/sparql-results+json");
        assertEquals(Optional.of("*"), allowOrigin(body));
        assertTrue(body.headers().firstValue("Access-Control-Expose-Headers").orElse("")
            .contains(ResultCap.HEADER), "scripts may read the truncation header");
    }

    @Test
    void default_preflight_answered_for_form_and_sparql_query_posts() {
        for (String headers : List.of("content-type", "Content-Type, Accept", "x-requested-with,accept,content-type")) {
            for (String path : List.of("/sarhad/sparql", "/sarhad/query", "/doc/actor/gknb", "/search")) {
                HttpResponse<String> r = preflight(anyOrigin, OTHER, path, "POST", headers);
                assertEquals(204, r.statusCode(), path + " " + headers);
                assertEquals(Optional.of("*"), allowOrigin(r));
                String methods = r.headers().firstValue("Access-Control-Allow-Methods").orElse("");
                assertTrue(methods.contains("GET") && methods.contains("POST") && methods.contains("HEAD"), methods);
                String allowed = r.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
                assertTrue(allowed.contains("content-type") && allowed.contains("accept")
                    && allowed.contains("x-requested-with"), allowed);
            }
        }
        assertEquals(403, preflight(anyOrigin, OTHER, "/sarhad/sparql", "PUT", "content-type").statusCode(), "no PUT");
        assertEquals(403, preflight(anyOrigin, OTHER, "/sarhad/sparql", "POST", "authorization").statusCode(),
            "no other headers");
    }

    @Test
    void configured_list_answers_only_its_origins() {
        HttpResponse<String> ok = onlyListed.get("/doc/actor/gknb", "Origin", LISTED, "Accept", "text/turtle");
        assertEquals(Optional.of(LISTED), allowOrigin(ok));
        assertTrue(ok.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), "Vary: Origin");
        assertEquals(Optional.empty(), allowOrigin(onlyListed.get("/doc/actor/gknb", "Origin", OTHER, "Accept", "text/turtle")));
        assertEquals(204, preflight(onlyListed, LISTED, "/sarhad/sparql", "POST", "content-type").statusCode());
        assertEquals(403, preflight(onlyListed, OTHER, "/sarhad/sparql", "POST", "content-type").statusCode());
    }
}
