package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchPageTest {
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(TestStore.fresh("search-page")).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void get_search_json_200() {
        HttpResponse<String> r = http.get("/search?q=Khorog", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        JsonArray results = JSON.parse(r.body()).get("results").getAsArray();
        assertEquals("http://localhost:3030/id/place/khorugh", results.get(0).getAsObject().get("iri").getAsString().value());
        assertEquals("Khorugh", results.get(0).getAsObject().get("label").getAsString().value(), "a name, not the slug");
    }

    @Test
    void get_search_html_200() {
        HttpResponse<String> r = http.get("/search?q=Kevron", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/doc/place/kevron\""), r.body());
        assertTrue(r.body().contains("href=\"/doc/article/amu-1\""), "article text matched");
    }

    @Test
    void get_search_lucene_syntax_is_literal_200() {
        assertEquals(200, http.get("/search?q=%22unbalanced%20(%5B", "Accept", "text/html").statusCode());
    }

    @Test
    void get_search_json_a_name_repeated_in_many_graphs_does_not_crowd_out_others_200() {
        Dataset ds = TestStore.fresh("search-crowd");
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < 3 * SearchAction.MAX_HITS; i++) {
                ds.getNamedModel("http://localhost:3030/graph/article/crowd-" + i)
                    .add(ResourceFactory.createResource("http://localhost:3030/id/actor/zarafshan-group"), SKOS.prefLabel,
                        "Zarafshan group");
            }
            ds.getNamedModel("http://localhost:3030/graph/article/other")
                .add(ResourceFactory.createResource("http://localhost:3030/id/place/zarafshan"), SKOS.prefLabel,
                    "Zarafshan valley");
        });
        NewsServer crowded = NewsServer.builder().dataset(ds).port(0).build().start();
        try {
            HttpResponse<String> r = new Http(crowded.port()).get("/search?q=Zarafshan", "Accept", "application/json");
            assertEquals(200, r.statusCode());
            Set<String> iris = new HashSet<>();
            JSON.parse(r.body()).get("results").getAsArray()
                .forEach(v -> iris.add(v.getAsObject().get("iri").getAsString().value()));
            assertEquals(Set.of("http://localhost:3030/id/actor/zarafshan-group", "http://localhost:3030/id/place/zarafshan"),
                iris);
        } finally {
            crowded.stop();
        }
    }
}
