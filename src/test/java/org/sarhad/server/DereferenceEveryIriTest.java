package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sarhad.iri.IriMinter;
import org.sarhad.store.NewsGraph;
import org.sarhad.testing.CliProcess;

/**
 * Every IRI the store mints dereferences: each IRI subject of a store ingested from the dev articles (entities and
 * their parts: participations, seized items, evidence, geometries, border sections) and each graph name answers
 * 303 to a document that describes it, in Turtle and in HTML.
 */
@Tag("slow")
class DereferenceEveryIriTest {
    static final Path DEV = Path.of("..", "shared", "eval", "dev_articles.jsonl");
    static final String BASE = IriMinter.DEFAULT_BASE;
    static Dataset ds;
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void ingestAndServe() {
        assumeTrue(Files.exists(DEV), "dev articles not found at " + DEV + ": skipping");
        Path dir = Path.of("target", "test-stores", "dereference-" + System.nanoTime());
        CliProcess.Result r = CliProcess.inProcess("ingest", "--store", dir.toString(), DEV.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.both());
        ds = NewsGraph.open(dir);
        server = NewsServer.builder().dataset(ds).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static Set<String> minted() {
        String q = "SELECT DISTINCT ?s { { GRAPH ?g { ?s ?p ?o } } UNION { GRAPH ?s { } } "
            + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), '" + BASE + "')) }";
        return Txn.calculateRead(ds, () -> {
            Set<String> iris = new TreeSet<>();
            try (var exec = QueryExecutionFactory.create(q, ds)) {
                exec.execSelect().forEachRemaining(row -> iris.add(row.getResource("s").getURI()));
            }
            return iris;
        });
    }

    @Test
    void every_minted_iri_303s_to_a_document_describing_it() {
        Set<String> iris = minted();
        assertTrue(iris.size() > 1000, "a real store: " + iris.size() + " IRIs");
        assertTrue(iris.stream().anyMatch(i -> i.matches(".*/id/incident/[^/]+/[^/]+")), "parts are among them");
        assertTrue(iris.stream().anyMatch(i -> i.contains("/graph/article/")), "graph names are among them");
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String iri : iris) {
            String path = iri.substring(BASE.length() - 1);
            HttpResponse<String> see = http.get(path);
            if (see.statusCode() != 303) {
                failures.add(path + " answered " + see.statusCode());
                continue;
            }
            String doc = see.headers().firstValue("Location").orElse("");
            HttpResponse<String> turtle = http.get(doc, "Accept", "text/turtle");
            if (turtle.statusCode() != 200 || !describes(turtle.body(), iri)) {
                failures.add(doc + " answered " + turtle.statusCode() + " without describing " + iri);
            }
            if (n++ % 10 == 0) {
                HttpResponse<String> html = http.get(doc, "Accept", "text/html");
                if (html.statusCode() != 200 || !html.body().contains(Html.esc(iri))) {
                    failures.add(doc + " as HTML answered " + html.statusCode());
                }
            }
        }
        assertEquals(0, failures.size(), failures.size() + " of " + iris.size() + " IRIs do not dereference, e.g. "
            + failures.subList(0, Math.min(20, failures.size())));
    }

    private static boolean describes(String turtle, String iri) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m.listStatements(m.createResource(iri), null, (RDFNode) null).hasNext();
    }
}
