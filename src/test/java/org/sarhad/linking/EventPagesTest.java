package org.sarhad.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.export.EventExport;
import org.sarhad.server.Http;
import org.sarhad.server.NewsServer;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.vocab.SARHAD;

/**
 * The events of the dev articles and the seed article, ingested with the shared gazetteer into TDB2, as users see
 * them: an event's page and Turtle from a real server, the event summary export, and competency questions cq01
 * and cq12 answered on this real data.
 */
@Tag("slow") // annotates real articles
class EventPagesTest {
    private static TdbArticleStore store;
    private static NewsServer server;
    private static Http http;
    private static String event;

    @BeforeAll
    static void start() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(EventLinkingTest.DEV).stream()
                .filter(l -> !l.isBlank()).toList());
        lines.addAll(Files.readAllLines(Path.of("..", "shared", "eval", "dev2_articles.jsonl")).stream()
                .filter(l -> !l.isBlank()).toList());
        store = EventLinkingTest.store("event-pages", lines);
        EventLinkingTest.ingestFiles(store, List.of(EventLinkingTest.SEED));
        TreeMap<String, Set<String>> events = EventLinkingTest.events(store.dataset());
        event = events.firstKey();
        server = NewsServer.builder().dataset(store.dataset()).port(0).queryTimeout(Duration.ofSeconds(10)).build()
                .start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String path(String iri) {
        return iri.substring("http://localhost:3030".length());
    }

    @Test
    void get_id_event_303_then_doc_turtle_200() {
        HttpResponse<String> r = http.get(path(event), "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        String doc = r.headers().firstValue("Location").orElseThrow();
        assertEquals(path(event).replace("/id/", "/doc/"), doc);
        HttpResponse<String> d = http.get(doc, "Accept", "text/turtle");
        assertEquals(200, d.statusCode(), d.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(d.body())).lang(Lang.TURTLE).base("http://localhost:3030/").parse(m);
        Resource e = m.createResource(event);
        assertTrue(e.hasProperty(org.apache.jena.vocabulary.RDF.type, SARHAD.Event));
        int reports = e.listProperties(SARHAD.hasReport).toList().size();
        assertTrue(reports >= 2, "an event page lists its reports");
        assertEquals(reports, e.getProperty(SARHAD.reportCount).getInt());
        assertTrue(e.hasProperty(SARHAD.eventType));
    }

    @Test
    void get_doc_event_html_200_and_an_event_link_part_303() {
        HttpResponse<String> d = http.get(path(event).replace("/id/", "/doc/"), "Accept", "text/html");
        assertEquals(200, d.statusCode());
        assertTrue(d.body().contains("has report"), "the page names the reports");
        HttpResponse<String> link = http.get(path(event) + "/link1", "Accept", "text/turtle");
        assertEquals(303, link.statusCode(), "the pairs that joined the reports dereference too");
        HttpResponse<String> unknown = http.get("/doc/event/no-such-event", "Accept", "text/turtle");
        assertEquals(404, unknown.statusCode());
    }

    @Test
    void event_summary_rows_match_the_events() {
        StringWriter out = new StringWriter();
        EventExport.summary(store.dataset(), out);
        String[] rows = out.toString().split("\n");
        assertEquals(String.join(",", EventExport.COLUMNS), rows[0]);
        assertEquals("event,type,date_earliest,date_latest,country,location,border,latitude,longitude,reports,outlets,"
                + "fatalities_best,fatalities_low,fatalities_high,incidents", rows[0]);
        Map<String, Set<String>> events = EventLinkingTest.events(store.dataset());
        assertEquals(events.size(), rows.length - 1, "one row per event");
        for (int i = 1; i < rows.length; i++) {
            String iri = rows[i].substring(0, rows[i].indexOf(','));
            for (String report : events.get(iri)) {
                assertTrue(rows[i].contains(report), "the incidents cell lists " + report);
            }
        }
    }

    /** cq01 and cq12 as shipped, over the real store: each answers, and with what the store says. */
    @Test
    void competency_questions_answer_on_ingested_data() throws IOException {
        List<String> cq01 = answer(store.dataset(), "cq01-af-tj-border-incidents-2023.rq", "incident");
        assertFalse(cq01.isEmpty(), "incidents on the Afghanistan-Tajikistan border in 2023");
        assertTrue(cq01.stream().allMatch(i -> i.contains("amu-tajik-kevron-2023")), cq01.toString());
        List<String> cq12 = answer(store.dataset(), "cq12-same-event-cluster.rq", "incident");
        assertFalse(cq12.isEmpty(), "the Kevron crossing and the reports of the same event");
    }

    private static List<String> answer(Dataset ds, String file, String var) throws IOException {
        String query = Files.readString(Path.of("ontology", "cq", file));
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new java.util.ArrayList<>();
                rs.forEachRemaining(s -> out.add(s.getResource(var).getURI()));
                return out;
            }
        });
    }
}
