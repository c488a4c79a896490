package org.sarhad.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Incidents whose place has coordinates, as a GeoJSON FeatureCollection (RFC 7946: longitude first). */
public final class GeoJsonExport {
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private GeoJsonExport() {
    }

    public static void incidents(Dataset ds, Writer out) {
        JsonArray features = new JsonArray();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(Queries.load("export-incidents.rq")).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    RDFNode wkt = s.get("wkt");
                    Matcher m = wkt == null ? null : POINT.matcher(wkt.asLiteral().getLexicalForm());
                    if (m == null || !m.find()) {
                        return;
                    }
                    JsonObject geometry = new JsonObject();
                    geometry.put("type", "Point");
                    JsonArray coords = new JsonArray();
                    coords.add(org.apache.jena.atlas.json.JsonNumber.value(new BigDecimal(m.group(1))));
                    coords.add(org.apache.jena.atlas.json.JsonNumber.value(new BigDecimal(m.group(2))));
                    geometry.put("coordinates", coords);
                    JsonObject props = new JsonObject();
                    props.put("incident", s.getResource("incident").getURI());
                    props.put("article_id", s.getLiteral("articleId").getLexicalForm());
                    String type = s.getResource("type").getURI();
                    props.put("type", type.substring(type.lastIndexOf('/') + 1));
                    put(props, "date", s.get("date"));
                    put(props, "location", s.get("location"));
                    put(props, "fatalities", s.get("fatalities"));
                    JsonObject f = new JsonObject();
                    f.put("type", "Feature");
                    f.put("geometry", geometry);
                    f.put("properties", props);
                    features.add(f);
                });
            }
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
