package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.export.CsvExport;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.testing.CliProcess;

/** {@code export} over the server fixture, read back as a CSV reader or GIS tool would: by column name, typed. */
class ExportCommandTest {
    static final String[] ORIGINAL = {"article_id", "incident", "type", "date", "date_precision", "country", "admin1",
        "admin2", "location", "geonames_id", "latitude", "longitude", "actors", "fatalities", "source_url"};
    static Path store;

    @TempDir
    Path tmp;

    @BeforeAll
    static void fixture(@TempDir Path dir) {
        store = dir.resolve("store");
        try (TdbArticleStore s = TdbArticleStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> RDFDataMgr.read(s.dataset(), "server/fixture.trig"));
        }
    }

    static CliProcess.Result export(String... args) {
        List<String> all = new ArrayList<>(List.of("export", "--store", store.toString()));
        all.addAll(List.of(args));
        return CliProcess.inProcess(all.toArray(String[]::new));
    }

    @Test
    void events_keep_the_design_columns_first_then_roles_and_seizures() {
        CliProcess.Result r = export("--format", "events-csv");
        assertEquals(0, r.exit(), r.stderr());
        List<Map<String, String>> rows = csv(r.stdout());
        assertEquals(List.of(ORIGINAL), CsvExport.EVENT_COLUMNS.subList(0, ORIGINAL.length), "existing columns in order");
        Map<String, String> clash = row(rows, "incident", "http://localhost:3030/id/incident/amu-1-i1");
        assertEquals("Jamaat Ansarullah; Tajik Border Troops", clash.get("actors"));
        assertEquals("Jamaat Ansarullah", clash.get("perpetrators"));
        assertEquals("Tajik Border Troops", clash.get("responders"));
        assertEquals("", clash.get("targets"));
        assertEquals("5 Kalashnikov assault rifles", clash.get("seized"), "quantity as an integer, then the item");
        assertEquals("Afghanistan\u2013Tajikistan border", clash.get("border"));
        assertEquals("3", clash.get("fatalities"));
        assertEquals("20 kilograms of heroin", row(rows, "incident", "http://localhost:3030/id/incident/akipress-2-i2")
            .get("seized"));
        for (Map<String, String> row : rows) {
            assertTrue(row.get("fatalities").matches("\\d*"), "fatalities an integer or empty: " + row);
            assertTrue(row.get("geonames_id").matches("\\d*"), "geonames_id an integer or empty: " + row);
        }
    }

    @Test
    void claims_say_which_claim_they_answer() {
        List<Map<String, String>> rows = csv(export("--format", "claims-csv").stdout());
        assertEquals("http://localhost:3030/id/claim/amu-1-c1",
            row(rows, "claim", "http://localhost:3030/id/claim/akipress-2-c1").get("responds_to"));
        assertEquals("", row(rows, "claim", "http://localhost:3030/id/claim/amu-1-c1").get("responds_to"));
    }

    @Test
    void geojson_features_have_ids_typed_values_dates_actors_and_sources() {
        JsonArray features = JSON.parse(export("--format", "geojson").stdout()).get("features").getAsArray();
        JsonObject clash = features.stream().map(f -> f.getAsObject())
            .filter(f -> f.get("id").getAsString().value().equals("http://localhost:3030/id/incident/amu-1-i1"))
            .findFirst().orElseThrow();
        JsonObject p = clash.get("properties").getAsObject();
        assertEquals(3, p.get("fatalities").getAsNumber().value().intValue());
        assertTrue(p.get("fatalities").isNumber());
        assertEquals("2023-08-30", p.get("date").getAsString().value());
        assertEquals("day", p.get("date_precision").getAsString().value());
        assertEquals("Jamaat Ansarullah", p.get("perpetrators").getAsString().value());
        assertEquals("https://example.org/amu/1", p.get("source_url").getAsString().value());
        assertTrue(p.get("geonames_id").isNull(), "unknown is null, not 0");
        JsonObject khorugh = features.stream().map(f -> f.getAsObject())
            .filter(f -> f.get("id").getAsString().value().endsWith("amu-1-i2")).findFirst().orElseThrow();
        assertEquals(1_221_328, khorugh.get("properties").getAsObject().get("geonames_id").getAsNumber().value().intValue());
        assertEquals("2023-09", khorugh.get("properties").getAsObject().get("date").getAsString().value());
    }

    @Test
    void out_writes_a_file_and_filters_keep_matching_rows() throws Exception {
        Path file = tmp.resolve("arrests.csv");
        CliProcess.Result r = export("--format", "events-csv", "--type", "arrest", "--out", file.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("", r.stdout(), "nothing on stdout");
        List<Map<String, String>> rows = csv(Files.readString(file));
        assertEquals(1, rows.size());
        assertEquals("arrest", rows.get(0).get("type"));
        assertEquals(2, csv(export("--format", "events-csv", "--from", "2023-08", "--to", "2023-09").stdout()).size());
        assertEquals(1, csv(export("--format", "events-csv", "--country", "tj").stdout()).size(),
            "only the incident stated to be in Tajikistan");
        assertEquals(1, csv(export("--format", "claims-csv", "--from", "2023-08-31", "--to", "2023-08-31").stdout()).size());
        CliProcess.Result bad = export("--format", "events-csv", "--from", "last week");
        assertEquals(2, bad.exit());
        assertTrue(bad.stderr().contains("YYYY-MM-DD"), bad.stderr());
        assertEquals(2, export("--format", "claims-csv", "--type", "arrest").exit());
    }

    @Test
    void unknown_format_lists_the_allowed_ones() {
        CliProcess.Result r = export("--format", "csv");
        assertEquals(2, r.exit());
        assertTrue(r.stderr().contains("unknown format 'csv'; allowed: events-csv, claims-csv, event-summary-csv, geojson, "
            + "nquads"), r.stderr());
        assertFalse(r.stderr().contains("No enum constant"), r.stderr());
    }

    @Test
    void reading_commands_refuse_a_missing_store_and_create_nothing() {
        Path missing = tmp.resolve("no").resolve("such-store");
        for (String[] args : new String[][] {{"export", "--store", missing.toString(), "--format", "events-csv"},
            {"query", "--store", missing.toString(), "ASK {}"}, {"validate", "--store", missing.toString()},
            {"backup", "--store", missing.toString(), "--to", tmp.resolve("b.nq.gz").toString()},
            {"compact", "--store", missing.toString()}, {"serve", "--store", missing.toString(), "--port", "0"}}) {
            CliProcess.Result r = CliProcess.inProcess(args);
            assertEquals(3, r.exit(), String.join(" ", args) + ": " + r.stderr());
            assertTrue(r.stderr().contains("no store at " + missing), r.stderr());
            assertEquals("", r.stdout(), "no header or partial output");
            assertFalse(Files.exists(missing), args[0] + " created no store");
        }
    }

    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst().orElseThrow(() ->
            new AssertionError("no row with " + column + "=" + value + " in " + rows));
    }

    /** RFC 4180 as a CSV reader sees it: the header names the cells, quoted cells may hold commas and quotes. */
    static List<Map<String, String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            assertEquals(header.size(), rec.size(), "every row has every column: " + rec);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), rec.get(i));
            }
            out.add(m);
        }
        return out;
    }
}
