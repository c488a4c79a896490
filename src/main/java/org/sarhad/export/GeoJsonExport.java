package org.sarhad.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Incidents whose place has coordinates, and cross-report events with a point, as one GeoJSON FeatureCollection
 * (RFC 7946: longitude first); {@code properties.kind} tells them apart.
 */
public final class GeoJsonExport {
    private GeoJsonExport() {
    }

    public static void incidents(Dataset ds, Writer out) {
        JsonArray features = new JsonArray();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load("export-incidents.rq")).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode wkt = s.get("wkt");
                    WktPoint point = wkt == null ? null : WktPoint.parse(wkt.asLiteral().getLexicalForm()).orElse(null);
                    if (point == null) {
                        return;
                    }
                    JsonObject geometry = new JsonObject();
                    geometry.put("type", "Point");
                    JsonArray coords = new JsonArray();
                    coords.add(org.apache.jena.atlas.json.JsonNumber.value(new BigDecimal(point.longitude())));
                    coords.add(org.apache.jena.atlas.json.JsonNumber.value(new BigDecimal(point.latitude())));
                    geometry.put("coordinates", coords);
                    JsonObject props = new JsonObject();
                    props.put("kind", "incident");
                    props.put("incident", s.getResource("incident").getURI());
                    props.put("article_id", s.getLiteral("articleId").getLexicalForm());
                    String type = s.getResource("type").getURI();
                    props.put("type", type.substring(type.lastIndexOf('/') + 1));
                    put(props, "date", s.get("date"));
                    put(props, "location", s.get("location"));
                    if (s.get("fatalities") != null) {
                        props.put("fatalities", org.apache.jena.atlas.json.JsonNumber.value(
                                s.getLiteral("fatalities").getLong()));
                    }
                    put(props, "border", s.get("border"));
                    if (s.get("event") != null) {
                        props.put("event", s.getResource("event").getURI());
                    }
                    JsonObject f = new JsonObject();
                    f.put("type", "Feature");
                    f.put("geometry", geometry);
                    f.put("properties", props);
                    features.add(f);
                });
            }
            EventExport.features(ds, features);
        });
        JsonObject fc = new JsonObject();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        try {
            out.write(fc.toString());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JsonObject o, String key, RDFNode n) {
        if (n != null && n.isLiteral()) {
            o.put(key, n.asLiteral().getLexicalForm());
        }
    }
}
