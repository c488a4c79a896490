package org.sarhad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /incidents} and {@code /events} over a real server: filters, sort, paging, the data forms by Accept. */
class BrowseIncidentsTest {
    static NewsServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = NewsServer.builder().dataset(TestStore.fresh("browse")).port(0).build().start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void html_lists_every_incident_with_map_and_timeline() {
        HttpResponse<String> r = http.get("/incidents", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("4 of 4 incidents match, 3 stated fatalities"), body);
        assertTrue(body.contains("href=\"/doc/incident/amu-1-i1\""), "links the incident page");
        assertTrue(body.contains("class=\"map\" data-map="), "map element");
        assertTrue(body.contains("<svg id=\"timeline\""), "timeline");
        assertEquals(2, count(body, "<rect class=\"bar\""), "two months with incidents: 2023-08 and 2023-09");
        assertFalse(body.contains("<script>alert"), "actor labels escaped");
        assertTrue(body.contains("&lt;script&gt;alert"), "the hostile label shown as text");
    }

    @Test
    void filters_narrow_the_list_and_the_data_forms() {
        String arrests = http.get("/incidents?type=arrest", "Accept", "text/csv").body();
        List<String> lines = arrests.lines().toList();
        assertEquals(2, lines.size(), arrests);
        assertTrue(lines.get(0).startsWith(String.join(",", org.sarhad.export.CsvExport.EVENT_COLUMNS)), lines.get(0));
        assertTrue(lines.get(1).contains("/id/incident/amu-1-i2"), lines.get(1));
        assertEquals(1, rows("/incidents?country=TJ&from=2023-09&to=2023-12").size(), "Khorugh is in Tajikistan, in September");
        assertEquals(2, rows("/incidents?from=2023&to=2023").size(), "both 2023 incidents, the month-dated one included");
        assertEquals(2, rows("/incidents?actor=tajik-border-troops").size());
        assertEquals(1, rows("/incidents?actor=band").size(), "actor by part of its name");
        assertEquals(2, rows("/incidents?border=afghanistan-tajikistan").size());
        assertEquals(1, rows("/incidents?q=heroin").size(), "text matches seized items");
        assertEquals(0, rows("/incidents?q=%22%3E%20%7D%20%3B%20DROP%20ALL").size(), "hostile text is only text");
    }

    @Test
    void sorted_by_fatalities_descending() {
        JsonArray rows = rows("/incidents?sort=fatalities&order=desc");
        assertEquals(3, rows.get(0).getAsObject().get("fatalities").getAsNumber().value().intValue());
    }

    @Test
    void geojson_has_ids_numbers_and_sources() {
        HttpResponse<String> r = http.get("/incidents?type=armed-clash", "Accept", "application/geo+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonArray features = JSON.parse(r.body()).get("features").getAsArray();
        assertEquals(2, features.size(), "both clashes at Kevron have coordinates");
        JsonObject f = features.stream().map(v -> v.getAsObject())
            .filter(o -> o.get("id").getAsString().value().endsWith("amu-1-i1")).findFirst().orElseThrow();
        JsonObject p = f.get("properties").getAsObject();
        assertTrue(p.get("fatalities").isNumber(), "fatalities a number");
        assertEquals("2023-08-30", p.get("date").getAsString().value());
        assertEquals("day", p.get("date_precision").getAsString().value());
        assertEquals("https://example.org/amu/1", p.get("source_url").getAsString().value());
        assertEquals("Jamaat Ansarullah", p.get("perpetrators").getAsString().value());
        assertEquals("Tajik Border Troops", p.get("responders").getAsString().value());
        assertEquals(71.45, f.get("geometry").getAsObject().get("coordinates").getAsArray().get(0).getAsNumber().value()
            .doubleValue());
    }

    @Test
    void bad_values_answer_400_naming_what_is_allowed() {
        HttpResponse<String> r = http.get("/incidents?type=riot", "Accept", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Allowed:") && r.body().contains("armed-clash"), r.body());
        assertEquals(400, http.get("/incidents?from=last-week").statusCode());
        assertEquals(400, http.get("/incidents?country=Tajikistan").statusCode());
        assertEquals(400, http.get("/incidents?page=0").statusCode());
        assertEquals(400, http.get("/incidents?q=" + "x".repeat(300)).statusCode());
        assertEquals(405, http.send("POST", "/incidents", "text/plain", "x").statusCode());
    }

    @Test
    void events_show_an_empty_state_until_events_exist() {
        HttpResponse<String> r = http.get("/events", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("No events in this store yet"), r.body());
        assertEquals("{ \"total\" : 0 , \"rows\" : [ ] }", JSON.parse(http.get("/events", "Accept", "application/json").body())
            .toString().replaceAll("\\s+", " ").trim());
    }

    @Test
    void assets_are_served_from_the_jar_and_nothing_else() {
        HttpResponse<String> js = http.get("/assets/vendor/leaflet/dist/leaflet.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, http.get("/assets/vendor/world-atlas/countries-50m.json").statusCode());
        assertEquals(200, http.get("/assets/sarhad/map.js").statusCode());
        assertEquals(404, http.get("/assets/../queries/export-claims.rq").statusCode());
        assertEquals(404, http.get("/assets/vendor/leaflet/package.json").statusCode());
        assertEquals(404, http.get("/assets/sarhad/nothing.js").statusCode());
    }

    static JsonArray rows(String path) {
        HttpResponse<String> r = http.get(path, "Accept", "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.parse(r.body()).get("rows").getAsArray();
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
