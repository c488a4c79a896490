package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /events} once the store has cross-report events: listed by class, with what an event leaves unsaid taken
 * from its incidents; the incidents name their event; the landing page lists it.
 */
class BrowseEventsTest {
    static final String EVENT = "http://localhost:3030/id/event/kevron-2023-08";
    static final String EVENTS = """
        PREFIX sarhad: <https://w3id.org/sarhad/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <http://localhost:3030/graph/events> {
          <%1$s> a sarhad:Event ; rdfs:label "Clash near Kevron, August 2023" .
          <%1$s> sarhad:hasReport <http://localhost:3030/id/incident/amu-1-i1> ,
              <http://localhost:3030/id/incident/akipress-2-i1> .
        }
        """.formatted(EVENT);
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(withEvents()).port(0).build().start();
        http = new Http(server.port());
    }

    /** The server fixture plus one event that two of its incidents belong to. */
    static Dataset withEvents() {
        Dataset ds = TestStore.fresh("events");
        Txn.executeWrite(ds, () -> RDFParser.fromString(EVENTS, Lang.TRIG).parse(ds));
        return ds;
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void events_are_listed_with_their_incidents_facts() {
        HttpResponse<String> r = http.get("/events", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        JsonObject body = JSON.parse(r.body());
        assertEquals(1, body.get("total").getAsNumber().value().intValue());
        JsonObject row = body.get("rows").getAsArray().get(0).getAsObject();
        assertEquals(EVENT, row.get("event").getAsString().value());
        assertEquals("armed-clash", row.get("type").getAsString().value());
        assertEquals("2023-08-30", row.get("date").getAsString().value(), "the earliest report's date");
        assertEquals(3, row.get("fatalities").getAsNumber().value().intValue());
        assertEquals("Jamaat Ansarullah", row.get("perpetrators").getAsString().value());
        String html = http.get("/events", "Accept", "text/html").body();
        assertTrue(html.contains("1 of 1 events match") && html.contains("Clash near Kevron, August 2023"), html);
        assertTrue(html.contains("class=\"map\" data-map=") && html.contains("<svg id=\"timeline\""), "map and timeline");
    }

    @Test
    void incidents_name_their_event_and_the_landing_page_lists_it() {
        JsonArray rows = JSON.parse(http.get("/incidents?type=armed-clash", "Accept", "application/json").body())
            .get("rows").getAsArray();
        assertEquals(2, rows.size());
        rows.forEach(v -> assertEquals(EVENT, v.getAsObject().get("event").getAsString().value()));
        String landing = http.get("/", "Accept", "text/html").body();
        assertTrue(landing.contains("<th>Event</th><td>1</td>"), "counted");
        assertTrue(landing.contains("Clash near Kevron, August 2023</a> (3 dead)"), "latest events: " + landing);
        String page = http.get("/doc/event/kevron-2023-08", "Accept", "text/html").body();
        assertTrue(page.contains("class=\"map\" data-map="), "the event page maps its incidents");
    }
}
