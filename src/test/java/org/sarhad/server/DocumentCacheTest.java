package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Cached dereferences are byte-identical, and a write to the store is seen at once. */
class DocumentCacheTest {
    private static final String INCIDENT = "http://localhost:3030/id/incident/amu-1-i1";
    private static final String DOC = "/doc/incident/amu-1-i1";

    @Test
    void get_doc_turtle_cached_then_fresh_after_a_write_200() {
        Dataset ds = TestStore.fresh("doc-cache");
        NewsServer server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(10)).build().start();
        try {
            assertTrue(DocumentCache.of(ds).stamp() >= 0, "a TDB2 store behind the text index is cacheable");
            Http http = new Http(server.port());
            HttpResponse<String> first = http.get(DOC, "Accept", "text/turtle");
            HttpResponse<String> second = http.get(DOC, "Accept", "text/turtle");
            assertEquals(200, second.statusCode());
            assertEquals(first.body(), second.body());
            assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
            assertFalse(first.body().contains("relabelled for the cache test"));
            Txn.executeWrite(ds, () -> {
                Model g = ds.getNamedModel("http://localhost:3030/graph/article/amu-1");
                g.add(g.createResource(INCIDENT), RDFS.comment, "relabelled for the cache test");
            });
            HttpResponse<String> after = http.get(DOC, "Accept", "text/turtle");
            assertTrue(after.body().contains("relabelled for the cache test"), after.body());
            assertEquals(200, http.get(DOC, "Accept", "text/html").statusCode());
        } finally {
            server.stop();
        }
    }

    @Test
    void get_doc_html_cached_names_its_alternates_once_and_keeps_its_etag_200_then_304() {
        Dataset ds = TestStore.fresh("doc-cache-html");
        NewsServer server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(10)).build().start();
        try {
            Http http = new Http(server.port());
            HttpResponse<String> first = http.get(DOC, "Accept", "text/html");
            HttpResponse<String> second = http.get(DOC, "Accept", "text/html");
            assertEquals(200, second.statusCode());
            assertEquals(first.body(), second.body());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
            String alternate = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + DOC + "\">";
            int at = second.body().indexOf(alternate);
            assertTrue(at > 0 && at < second.body().indexOf("</head>"), "in the head: " + second.body());
            assertEquals(at, second.body().lastIndexOf(alternate), "named once, however often the page is served");
            assertTrue(second.headers().firstValue("Link").orElse("").contains("<" + DOC + ">; rel=\"alternate\""));
            assertEquals(304, http.get(DOC, "Accept", "text/html", "If-None-Match", etag).statusCode());
            assertEquals(200, http.get(DOC, "Accept", "text/turtle", "If-None-Match", etag).statusCode(),
                "another media type is another representation");
        } finally {
            server.stop();
        }
    }

    @Test
    void get_void_and_landing_cached_then_recounted_after_a_write_200() {
        Dataset ds = TestStore.fresh("void-cache");
        NewsServer server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(10)).build().start();
        try {
            Http http = new Http(server.port());
            String voidBefore = http.get("/void", "Accept", "text/turtle").body();
            String landingBefore = http.get("/", "Accept", "text/html").body();
            assertEquals(voidBefore, http.get("/void", "Accept", "text/turtle").body());
            assertEquals(landingBefore, http.get("/", "Accept", "text/html").body());
            Txn.executeWrite(ds, () -> {
                Model g = ds.getNamedModel("http://localhost:3030/graph/article/cache-test");
                g.add(g.createResource("http://localhost:3030/id/article/cache-test"), RDFS.label, "one more triple");
            });
            HttpResponse<String> voidAfter = http.get("/void", "Accept", "text/turtle");
            assertEquals(200, voidAfter.statusCode());
            assertFalse(voidBefore.equals(voidAfter.body()), "the triple count changed");
            assertFalse(landingBefore.equals(http.get("/", "Accept", "text/html").body()), "the triple count changed");
        } finally {
            server.stop();
        }
    }
}
