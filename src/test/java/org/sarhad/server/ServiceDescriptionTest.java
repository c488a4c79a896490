package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query endpoint asked without a query describes itself (SPARQL 1.1 Service Description), or offers a form. */
class ServiceDescriptionTest {
    static final String ASK = "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>"
        + " PREFIX formats: <http://www.w3.org/ns/formats/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        + " ASK { ?s a sd:Service ; sd:endpoint ?s ; sd:supportedLanguage sd:SPARQL11Query ;"
        + " sd:resultFormat formats:SPARQL_Results_JSON, formats:Turtle ; sd:feature sd:UnionDefaultGraph ;"
        + " sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] ; rdfs:comment ?limits"
        + " FILTER(STR(?s) = ?endpoint && CONTAINS(?limits, '10000 rows')) }";
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(TestStore.fresh("sd")).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static boolean describes(Model m, String endpoint) {
        String q = ASK.replace("?endpoint", "\"" + endpoint + "\"");
        try (var exec = QueryExecutionFactory.create(q, m)) {
            return exec.execAsk();
        }
    }

    @Test
    void rdf_description_by_accept() {
        for (String path : List.of("/sarhad/sparql", "/sarhad/query")) {
            for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "*/*", "")) {
                HttpResponse<String> r = accept.isEmpty() ? http.get(path) : http.get(path, "Accept", accept);
                assertEquals(200, r.statusCode(), path + " " + accept + ": " + r.body());
                String type = r.headers().firstValue("Content-Type").orElse("");
                Lang lang = type.startsWith("application/ld+json") ? Lang.JSONLD
                    : type.startsWith("application/rdf+xml") ? Lang.RDFXML : Lang.TURTLE;
                assertTrue(accept.isEmpty() || accept.equals("*/*") || type.startsWith(accept), accept + " -> " + type);
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(r.body(), lang).parse(m);
                assertTrue(describes(m, "http://localhost:3030" + path), path + " " + accept + ":\n" + r.body());
            }
        }
    }

    @Test
    void browser_gets_the_query_editor_with_the_examples() {
        HttpResponse<String> r = http.get("/sarhad/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<div id=\"yasgui\">"), r.body());
        assertTrue(r.body().contains("src=\"/assets/vendor/@zazuko/yasgui/build/yasgui.min.js\""), "editor from our assets");
        for (ExampleQueries.Example e : ExampleQueries.all()) {
            assertTrue(r.body().contains("\"title\" : \"" + e.title().replace("\"", "\\\"") + "\""), e.name() + " as a tab");
        }
        assertEquals(200, http.get("/assets/vendor/@zazuko/yasgui/build/yasgui.min.js").statusCode());
        assertEquals(200, http.head("/sarhad/sparql", "Accept", "text/turtle").statusCode(), "HEAD too");
    }
}
