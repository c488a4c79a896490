package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What RDF clients ask for: Turtle under its older names, N-Quads and TriG, rdflib's default Accept headers, HEAD on
 * the query endpoint, SPARQLWrapper's output= parameter; HTML pages point at their RDF forms.
 */
class ContentNegotiationTest {
    static final String DOC = "/doc/actor/gknb";
    static final String IRI = "http://localhost:3030/id/actor/gknb";
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(TestStore.fresh("conneg")).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    @Test
    void turtle_aliases_nquads_and_trig_served() {
        Map<String, Lang> asked = Map.of("text/n3", Lang.TURTLE, "application/x-turtle", Lang.TURTLE,
            "text/plain", Lang.NTRIPLES);
        asked.forEach((type, lang) -> {
            HttpResponse<String> r = http.get(DOC, "Accept", type);
            assertEquals(200, r.statusCode(), type + ": " + r.body());
            assertTrue(contentType(r).startsWith(type), type + " -> " + contentType(r));
            assertTrue(parse(r.body(), lang).containsResource(ModelFactory.createDefaultModel().createResource(IRI)));
        });
        for (Lang lang : List.of(Lang.NQUADS, Lang.TRIG)) {
            String type = lang.getHeaderString();
            HttpResponse<String> r = http.get(DOC, "Accept", type);
            assertEquals(200, r.statusCode(), type + ": " + r.body());
            assertTrue(contentType(r).startsWith(type), type + " -> " + contentType(r));
            Dataset d = DatasetFactory.create();
            RDFParser.fromString(r.body(), lang).parse(d);
            assertTrue(d.getDefaultModel().containsResource(d.getDefaultModel().createResource(IRI)), type);
        }
    }

    @Test
    void rdflib_default_accept_headers_get_rdf_not_html() {
        for (String accept : List.of("text/plain, */*;q=0.1", "text/n3, */*;q=0.1",
            "application/rdf+xml, text/rdf+n3;q=0.9, */*;q=0.1")) {
            HttpResponse<String> r = http.get(DOC, "Accept", accept);
            assertEquals(200, r.statusCode(), accept);
            assertFalse(contentType(r).startsWith("text/html"), accept + " -> " + contentType(r));
        }
    }

    @Test
    void head_on_the_query_endpoint_answers_like_get_without_a_body() {
        String q = "/sarhad/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        HttpResponse<String> get = http.get(q, "Accept", "application/sparql-results+json");
        HttpResponse<String> head = http.head(q, "Accept", "application/sparql-results+json");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(contentType(get), contentType(head));
    }

    @Test
    void sparqlwrapper_output_parameter_honoured_or_left_to_accept() {
        String construct = URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8);
        String select = URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8);
        HttpResponse<String> xml = http.get("/sarhad/sparql?output=rdf%2Bxml&query=" + construct,
            "Accept", "application/rdf+xml");
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(contentType(xml).startsWith("application/rdf+xml"), contentType(xml));
        HttpResponse<String> n3 = http.get("/sarhad/sparql?output=n3&query=" + construct, "Accept", "text/turtle");
        assertEquals(200, n3.statusCode(), n3.body());
        assertTrue(contentType(n3).startsWith("text/turtle"), contentType(n3));
        HttpResponse<String> honoured = http.get("/sarhad/query?output=rdf%2Bxml&query=" + construct);
        assertEquals(200, honoured.statusCode(), honoured.body());
        assertTrue(contentType(honoured).startsWith("application/rdf+xml"), "no Accept: output= decides");
        HttpResponse<String> rows = http.get("/sarhad/sparql?output=n3&query=" + select,
            "Accept", "application/sparql-results+json");
        assertEquals(200, rows.statusCode(), rows.body());
        assertTrue(contentType(rows).startsWith("application/sparql-results+json"), contentType(rows));
    }

    @Test
    void html_pages_link_their_rdf_forms() {
        HttpResponse<String> page = http.get(DOC, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"" + DOC + "\">"), page.body());
        assertTrue(page.body().contains("type=\"application/ld+json\""), "JSON-LD alternate");
        String link = String.join(",", page.headers().allValues("Link"));
        assertTrue(link.contains("<" + DOC + ">; rel=\"alternate\"; type=\"text/turtle\""), link);
        String ontologyLink = String.join(",", http.get("/ontology", "Accept", "text/html").headers().allValues("Link"));
        assertTrue(ontologyLink.contains("rel=\"alternate\""), ontologyLink);
    }
}
