package org.sarhad.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sarhad.gazetteer.GazetteerFiles;
import org.sarhad.gazetteer.GeoNamesLoader;
import org.sarhad.server.Http;
import org.sarhad.server.NewsServer;
import org.sarhad.server.TestStore;

/** SERVICE to an allow-listed gazetteer endpoint (a second embedded Fuseki) works; anything else is refused unopened. */
class FederationTest {
    static FusekiServer gazetteer;
    static String gazetteerUrl;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        Dataset gaz = DatasetFactory.createTxnMem();
        gaz.getContext().set(TDB2.symUnionDefaultGraph, true);
        List<Path> files = GazetteerFiles.DIR.toFile().isDirectory() ? List.of(GazetteerFiles.CITIES,
            GazetteerFiles.ADMIN1) : List.of();
        GeoNamesLoader.load(gaz, files);
        // The stub copies the gazetteer graph into its default graph, as a plain GeoNames-style endpoint would serve it.
        Txn.executeWrite(gaz, () -> gaz.getDefaultModel().add(
            gaz.getNamedModel("http://localhost:3030/graph/gazetteer")));
        gazetteer = FusekiServer.create().port(0).loopback(true).add("/geonames", gaz, false).build().start();
        gazetteerUrl = "http://localhost:" + gazetteer.getPort() + "/geonames/sparql";
        server = NewsServer.builder().dataset(TestStore.fresh("federation")).port(0).gazetteerEndpoint(gazetteerUrl)
            .build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        gazetteer.stop();
    }

    static HttpResponse<String> query(String sparql) {
        return http.get("/sarhad/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
            "Accept", "application/sparql-results+json");
    }

    @Test
    void service_allowlisted_gazetteer_join_200() {
        GazetteerFiles.require();
        String q = "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
            + " PREFIX geo: <http://www.opengis.net/ont/geosparql#>"
            + " SELECT ?incident ?id ?population ?province ?wkt {"
            + "  ?incident a sarhad:Incident ; sarhad:place ?p . ?p sarhad:geonamesId ?id ."
            + "  SERVICE <" + gazetteerUrl + "> { ?g sarhad:geonamesId ?id ; sarhad:population ?population ;"
            + "    sarhad:locatedIn ?a1 ; geo:hasGeometry/geo:asWKT ?wkt . ?a1 skos:prefLabel ?province } } ORDER BY ?incident";
        HttpResponse<String> r = query(q);
        assertEquals(200, r.statusCode(), r.body());
        JsonArray rows = JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(2, rows.size(), "the incidents at Khorugh and Panj have gazetteer rows: " + rows);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i).getAsObject();
            String id = value(row, "id");
            String[] city = GazetteerFiles.row(GazetteerFiles.CITIES, id).orElseThrow();
            String[] admin1 = GazetteerFiles.row(GazetteerFiles.ADMIN1, city[8] + "." + city[10]).orElseThrow();
            assertEquals(city[14], value(row, "population"));
            assertEquals(admin1[1], value(row, "province"));
            assertTrue(value(row, "wkt").contains(String.valueOf(Double.parseDouble(city[4]))), "latitude from GeoNames");
        }
    }

    private static String value(JsonObject row, String var) {
        return row.get(var).getAsObject().get("value").getAsString().value();
    }

    @Test
    void service_unlisted_loopback_refused() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(700);
            String target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            for (String q : List.of("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }",
                "SELECT * { BIND(<" + target + "> AS ?e) SERVICE ?e { ?s ?p ?o } }")) {
                HttpResponse<String> r = query(q);
                assertEquals(403, r.statusCode(), q + " -> " + r.body());
            }
            assertThrows(SocketTimeoutException.class, listener::accept, "no connection reached the listener");
        }
    }

    @Test
    void service_other_schemes_and_hosts_refused() {
        for (String endpoint : List.of("file:///etc/passwd", "http://169.254.169.254/latest/meta-data/",
            "http://localhost:" + server.port() + "/sarhad/sparql", "https://dbpedia.org/sparql")) {
            assertEquals(403, query("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }").statusCode(), endpoint);
        }
    }

    @Test
    void execution_guard_refuses_before_connecting() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(700);
            Context context = new Context();
            ServiceAllowList.of(List.of(gazetteerUrl)).install(context);
            String q = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            assertThrows(FederationException.class, () -> {
                try (QueryExec exec = QueryExec.dataset(DatasetFactory.create().asDatasetGraph()).query(q).context(context)
                    .build()) {
                    exec.select().materialize();
                }
            });
            assertThrows(SocketTimeoutException.class, listener::accept, "no connection reached the listener");
        }
    }
}
