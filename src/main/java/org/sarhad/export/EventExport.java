package org.sarhad.export;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Cross-report events: the {@code event-summary-csv} export (one row per event, columns exactly as DESIGN.md
 * defines them, ordered by event IRI) and the event features of the GeoJSON export (numbers as numbers).
 */
public final class EventExport {
    public static final List<String> COLUMNS = List.of("event", "type", "date_earliest", "date_latest", "country",
            "location", "border", "latitude", "longitude", "reports", "outlets", "fatalities_best", "fatalities_low",
            "fatalities_high", "incidents");

    private EventExport() {
    }

    /** One row of an event: the cells by column name ("" when unknown), in a read transaction of the caller. */
    static List<Map<String, String>> rows(Dataset ds) {
        Map<String, Map<String, Set<String>>> lists = new TreeMap<>();
        select(ds, "export-event-lists.rq", s -> lists.computeIfAbsent(s.getResource("event").getURI(),
                k -> new TreeMap<>()).computeIfAbsent(str(s, "cell"), k -> new TreeSet<>()).add(str(s, "value")));
        Map<String, Map<String, String>> rows = new TreeMap<>();
        select(ds, "export-events.rq", s -> {
            String event = s.getResource("event").getURI();
            if (rows.containsKey(event)) {
                return;
            }
            Map<String, Set<String>> l = lists.getOrDefault(event, Map.of());
            Map<String, String> row = new TreeMap<>();
            String[] latLon = WktPoint.parse(str(s, "wkt")).map(p -> new String[] {p.latitude(), p.longitude()})
                    .orElse(new String[] {"", ""});
            String type = str(s, "type");
            List<String> cells = List.of(event, type.substring(type.lastIndexOf('/') + 1), str(s, "earliest"),
                    str(s, "latest"), str(s, "country"), str(s, "location"), str(s, "border"), latLon[0], latLon[1],
                    str(s, "reports"), String.join("; ", l.getOrDefault("outlets", Set.of())), str(s, "best"),
                    str(s, "low"), str(s, "high"), String.join("; ", l.getOrDefault("incidents", Set.of())));
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), cells.get(i));
            }
            rows.put(event, row);
        });
        return new ArrayList<>(rows.values());
    }

    public static void summary(Dataset ds, Writer out) {
        Csv csv = new Csv(out);
        csv.row(COLUMNS);
        Txn.executeRead(ds, () -> rows(ds).forEach(r -> csv.row(COLUMNS.stream().map(r::get).toList())));
    }

    /** GeoJSON features of the events that have a point, their reports as a list of incident IRIs. */
    static void features(Dataset ds, JsonArray features) {
        for (Map<String, String> r : rows(ds)) {
            if (r.get("latitude").isEmpty()) {
                continue;
            }
            JsonObject geometry = new JsonObject();
            geometry.put("type", "Point");
            JsonArray coords = new JsonArray();
            coords.add(JsonNumber.value(new BigDecimal(r.get("longitude"))));
            coords.add(JsonNumber.value(new BigDecimal(r.get("latitude"))));
            geometry.put("coordinates", coords);
            JsonObject props = new JsonObject();
            props.put("kind", "event");
            for (String c : List.of("event", "type", "date_earliest", "date_latest", "country", "location", "border")) {
                if (!r.get(c).isEmpty()) {
                    props.put(c, r.get(c));
                }
            }
            for (String c : List.of("reports", "fatalities_best", "fatalities_low", "fatalities_high")) {
                if (!r.get(c).isEmpty()) {
                    props.put(c, JsonNumber.value(Long.parseLong(r.get(c))));
                }
            }
            JsonArray outlets = new JsonArray();
            JsonArray incidents = new JsonArray();
            split(r.get("outlets")).forEach(outlets::add);
            split(r.get("incidents")).forEach(incidents::add);
            props.put("outlets", outlets);
            props.put("incidents", incidents);
            JsonObject f = new JsonObject();
            f.put("type", "Feature");
            f.put("geometry", geometry);
            f.put("properties", props);
            features.add(f);
        }
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("; "));
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load(query)).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource()
                ? n.asResource().getURI() : "";
    }
}
