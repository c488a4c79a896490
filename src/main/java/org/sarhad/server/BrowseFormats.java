package org.sarhad.server;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sarhad.export.CsvExport;
import org.sarhad.export.GeoJson;

/**
 * The browser's list as data: CSV with the {@code events-csv} columns (then border, event and the role and seizure
 * columns), GeoJSON features (id, numbers as numbers, ISO date and its precision, actors, source) and JSON rows.
 */
final class BrowseFormats {
    static final String CSV = "text/csv";
    static final String GEOJSON = "application/geo+json";
    static final List<String> COLUMNS = columns();

    private BrowseFormats() {
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(CsvExport.EVENT_COLUMNS);
        for (String extra : List.of("border", "event", "perpetrators", "responders", "targets", "seized")) {
            if (!c.contains(extra)) {
                c.add(extra);
            }
        }
        return List.copyOf(c);
    }

    static String csv(List<IncidentRow> rows) {
        StringWriter out = new StringWriter();
        out.write(String.join(",", COLUMNS) + "\n");
        for (IncidentRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (String col : COLUMNS) {
                JsonValue v = cell(r, col);
                cells.add(escape(v == null ? "" : v.isString() ? v.getAsString().value() : v.toString()));
            }
            out.write(String.join(",", cells) + "\n");
        }
        return out.toString();
    }

    static String json(List<IncidentRow> rows, int total) {
        JsonObject o = new JsonObject();
        o.put("total", total);
        JsonArray arr = new JsonArray();
        for (IncidentRow r : rows) {
            JsonObject row = new JsonObject();
            for (String col : COLUMNS) {
                JsonValue v = cell(r, col);
                row.put(col, v == null ? org.apache.jena.atlas.json.JsonNull.instance : v);
            }
            arr.add(row);
        }
        o.put("rows", arr);
        return o.toString();
    }

    static String geojson(List<IncidentRow> rows) {
        JsonArray features = new JsonArray();
        for (IncidentRow r : rows) {
            if (!r.hasPoint()) {
                continue;
            }
            JsonObject props = new JsonObject();
            for (String col : COLUMNS) {
                JsonValue v = cell(r, col);
                if (v != null && !col.equals("latitude") && !col.equals("longitude")) {
                    props.put(col, v);
                }
            }
            features.add(GeoJson.pointFeature(r.iri(), BigDecimal.valueOf(r.longitude()), BigDecimal.valueOf(r.latitude()),
                props));
        }
        return GeoJson.collection(features).toString();
    }

    /** One cell as JSON: numbers as numbers, lists joined by "; " as in the CSV exports, null when unknown. */
    private static JsonValue cell(IncidentRow r, String col) {
        return switch (col) {
            case "article_id" -> str(r.articleId());
            case "incident" -> str(r.iri());
            case "type" -> str(r.type());
            case "date" -> str(r.date());
            case "date_precision" -> str(r.datePrecision());
            case "country" -> str(r.countryCode());
            case "admin1" -> str(r.admin1());
            case "admin2" -> str(r.admin2());
            case "location" -> str(r.location());
            case "geonames_id" -> r.geonamesId() != null && r.geonamesId().matches("\\d{1,18}")
                ? JsonNumber.value(Long.parseLong(r.geonamesId())) : str(r.geonamesId());
            case "latitude" -> r.latitude() == null ? null : JsonNumber.value(BigDecimal.valueOf(r.latitude()));
            case "longitude" -> r.longitude() == null ? null : JsonNumber.value(BigDecimal.valueOf(r.longitude()));
            case "actors" -> joined(r.actorLabels(null));
            case "fatalities" -> r.fatalities() == null ? null : JsonNumber.value(r.fatalities());
            case "source_url" -> str(r.sourceUrl());
            case "border" -> str(r.borderLabel());
            case "event" -> str(r.event());
            case "perpetrators" -> joined(r.actorLabels("perpetrator"));
            case "responders" -> joined(r.actorLabels("responding-force"));
            case "targets" -> joined(r.actorLabels("target"));
            case "seized" -> joined(r.seized());
            default -> null;
        };
    }

    private static JsonValue str(String s) {
        return s == null ? null : new org.apache.jena.atlas.json.JsonString(s);
    }

    private static JsonValue joined(List<String> items) {
        return items.isEmpty() ? null : str(String.join("; ", items));
    }

    private static String escape(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
