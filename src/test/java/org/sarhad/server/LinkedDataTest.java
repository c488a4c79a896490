package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sarhad.vocab.SARHAD;

/** Dereferencing on a real server: /id 303, /doc negotiation, ETags, 404/406, /ontology, /void, landing page. */
class LinkedDataTest {
    static final String BASE = "http://localhost:3030/";
    static final String INCIDENT = BASE + "id/incident/amu-1-i1";
    static Dataset ds;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        ds = TestStore.fresh("linked-data");
        server = NewsServer.builder().dataset(ds).port(0).queryTimeout(Duration.ofSeconds(10)).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(BASE).parse(m);
        return m;
    }

    static Model getDoc(String path, String accept, Lang lang) {
        HttpResponse<String> r = http.get(path, "Accept", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        return parse(r.body(), lang);
    }

    @Test
    void get_id_incident_303() {
        HttpResponse<String> r = http.get("/id/incident/amu-1-i1", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/doc/incident/amu-1-i1", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void get_doc_turtle_200() {
        Model m = getDoc("/doc/incident/amu-1-i1", "text/turtle", Lang.TURTLE);
        Resource incident = m.createResource(INCIDENT);
        assertEquals(3, incident.getProperty(SARHAD.fatalities).getInt());
        Resource p1 = m.createResource(INCIDENT + "/p1");
        assertTrue(m.contains(p1, SARHAD.participant, m.createResource(BASE + "id/actor/jamaat-ansarullah")),
            "participation sub-node described");
        assertTrue(m.contains(m.createResource(INCIDENT + "/item1"), SARHAD.quantity), "seized item described");
        assertTrue(m.contains(m.createResource(INCIDENT + "/evidence1"), Snippets.START), "evidence described");
        assertTrue(m.contains(m.createResource(BASE + "id/place/kevron"), SKOS.prefLabel), "label of linked place");
        assertTrue(m.contains(m.createResource(BASE + "id/incident/akipress-2-i1"), SARHAD.sameEventAs, incident),
            "inbound sameEventAs");
        Model whole = Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getUnionModel()));
        assertTrue(whole.containsAll(m), "every served triple is in the store");
    }

    @Test
    void get_doc_jsonld_200() {
        Model jsonld = getDoc("/doc/incident/amu-1-i1", "application/ld+json", Lang.JSONLD);
        Model turtle = getDoc("/doc/incident/amu-1-i1", "text/turtle", Lang.TURTLE);
        assertTrue(jsonld.isIsomorphicWith(turtle), "JSON-LD and Turtle describe the same graph");
        JsonObject doc = JSON.parse(http.get("/doc/incident/amu-1-i1", "Accept", "application/ld+json").body());
        JsonObject ctx = JSON.parse(http.get("/context.jsonld").body());
        assertEquals(ctx.get("@context"), doc.get("@context"), "documents use the published context");
    }

    @Test
    void get_doc_ntriples_200() {
        Model m = getDoc("/doc/actor/gknb", "application/n-triples", Lang.NTRIPLES);
        assertTrue(m.contains(m.createResource(BASE + "id/actor/gknb"), SKOS.altLabel, "GKNB", "en"));
        assertTrue(m.contains(m.createResource(BASE + "id/claim/amu-1-c1"), SARHAD.claimant,
            m.createResource(BASE + "id/actor/gknb")), "claims by the actor are linked");
    }

    @Test
    void get_doc_rdfxml_200() {
        Model m = getDoc("/doc/claim/amu-1-c1", "application/rdf+xml", Lang.RDFXML);
        assertTrue(m.contains(m.createResource(BASE + "id/claim/amu-1-c1"), SARHAD.quote));
        assertTrue(m.contains(null, SARHAD.respondsTo, m.createResource(BASE + "id/claim/amu-1-c1")), "counter-claim");
    }

    @Test
    void get_doc_html_200() {
        HttpResponse<String> r = http.get("/doc/incident/amu-1-i1", "Accept", "text/html,application/xhtml+xml;q=0.9");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("Jamaat Ansarullah") && html.contains("perpetrator"), "participants with roles");
        assertTrue(html.contains("Kalashnikov assault rifles") && html.contains("5.0"), "seized items with quantities");
        assertTrue(html.contains("<mark>Three militants were killed"), "evidence highlighted in the text");
        assertTrue(html.contains("class=\"map\" data-map=") && html.contains("\"focus\" : {"), "map with its own point");
        assertTrue(html.contains("src=\"/assets/sarhad/map.js\""), "the map script from our assets");
        assertTrue(html.contains("href=\"/doc/incident/akipress-2-i1\""), "same event linked");
        assertTrue(html.contains("href=\"/doc/actor/amu-tv\""), "reporting outlet linked");
        assertTrue(html.contains("2023-08-30") && html.contains("day"), "date with precision");
    }

    @Test
    void get_doc_html_escapes_text() {
        for (String path : new String[] {"/doc/actor/the-band", "/doc/incident/akipress-2-i2", "/search?q=%3Cscript%3E"}) {
            String html = http.get(path, "Accept", "text/html").body();
            assertFalse(html.contains("<script>"), path + " must not contain a raw script tag");
            assertTrue(html.replaceAll("<script defer src=\"/assets/[^\"<>]*\"></script>", "")
                .replaceAll("<script type=\"application/json\" id=\"[a-z0-9-]*\">[^<]*</script>", "")
                .indexOf("<script") < 0, path + ": only our asset scripts and inert JSON data");
        }
        assertTrue(http.get("/doc/actor/the-band", "Accept", "text/html").body().contains("&lt;script&gt;"));
    }

    @Test
    void get_doc_unknown_404() {
        assertEquals(404, http.get("/doc/incident/no-such-thing", "Accept", "text/turtle").statusCode());
        assertEquals(404, http.get("/doc/incident/Not-Canonical", "Accept", "text/turtle").statusCode());
        assertEquals(404, http.get("/nothing-here").statusCode());
    }

    @Test
    void get_doc_unsupported_accept_406() {
        assertEquals(406, http.get("/doc/incident/amu-1-i1", "Accept", "image/png").statusCode());
    }

    @Test
    void get_doc_if_none_match_304() {
        HttpResponse<String> first = http.get("/doc/incident/amu-1-i1", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), "strong ETag");
        HttpResponse<String> again = http.get("/doc/incident/amu-1-i1", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        HttpResponse<String> other = http.get("/doc/incident/amu-1-i1", "Accept", "application/n-triples",
            "If-None-Match", etag);
        assertEquals(200, other.statusCode(), "a different representation has a different tag");
    }

    @Test
    void get_ontology_turtle_200() {
        Model m = getDoc("/ontology", "text/turtle", Lang.TURTLE);
        assertTrue(m.contains(SARHAD.Incident, RDF.type, OWL.Class));
        assertTrue(http.get("/ontology", "Accept", "text/html").body().contains("A border-security event"));
    }

    @Test
    void get_void_200() {
        Model m = getDoc("/void", "text/turtle", Lang.TURTLE);
        String q = "PREFIX void: <http://rdfs.org/ns/void#> SELECT ?t ?n ?ep { ?d void:triples ?t ; void:sparqlEndpoint ?ep ;"
            + " void:classPartition [ void:class <" + SARHAD.Incident.getURI() + "> ; void:entities ?n ] }";
        QuerySolution row = QueryExecution.model(m).query(q).select().next();
        long storeTriples = Txn.calculateRead(ds, () -> ds.getUnionModel().size());
        assertEquals(storeTriples, row.getLiteral("t").getLong());
        assertEquals(4, row.getLiteral("n").getLong());
        assertEquals(BASE + "sarhad/sparql", row.getResource("ep").getURI());
        var examples = m.listObjectsOfProperty(m.createProperty(Prefixes.VOID + "exampleResource")).toList();
        assertFalse(examples.isEmpty());
        Txn.executeRead(ds, () -> {
            examples.forEach(e -> assertTrue(ds.getUnionModel().contains(e.asResource(), null), "example " + e + " exists"));
            assertTrue(examples.stream().anyMatch(e -> ds.getUnionModel().contains(e.asResource(), RDF.type, SARHAD.Incident)));
        });
    }

    @Test
    void get_landing_200() {
        HttpResponse<String> r = http.get("/", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<form action=\"/search\""), "search box");
        assertTrue(r.body().contains("<th>Incident</th><td>4</td>"), "counts from the store");
        assertTrue(r.body().contains("<th>Place</th><td>5</td>"), "places counted through their subclasses");
        assertTrue(r.body().contains("<th>Event</th><td>0</td>"), "no cross-report events in the fixture");
        ExampleQueries.all().forEach(e -> {
            assertTrue(r.body().contains(Html.esc(e.title())), e.name());
            assertTrue(r.body().contains("href=\"/sarhad/sparql#example=" + e.name().replace(".rq", "") + "\""),
                e.name() + " opens in the editor");
        });
        assertTrue(r.body().contains("2023-08-30 <a href=\"/doc/incident/amu-1-i1\">"), "latest incidents");
        assertTrue(r.body().contains("<a href=\"/incidents?border=afghanistan-tajikistan\">Afghanistan\u2013Tajikistan border"
            + "</a></td><td>2</td><td>3</td>"), "top border by incidents and deaths: " + r.body());
        assertTrue(r.body().contains("<a href=\"/incidents?actor=tajik-border-troops\">Tajik Border Troops</a></td><td>2</td>"),
            "top actor");
    }
}
