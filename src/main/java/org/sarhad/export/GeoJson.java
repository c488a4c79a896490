package org.sarhad.export;

import java.math.BigDecimal;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/** GeoJSON (RFC 7946) pieces shared by the export and the incident browser: longitude first, numbers as numbers. */
public final class GeoJson {
    private GeoJson() {
    }

    /** A point feature with an {@code id} (the incident's IRI) and its properties. */
    public static JsonObject pointFeature(String id, BigDecimal longitude, BigDecimal latitude, JsonObject properties) {
        JsonObject geometry = new JsonObject();
        geometry.put("type", "Point");
        JsonArray coords = new JsonArray();
        coords.add(JsonNumber.value(longitude));
        coords.add(JsonNumber.value(latitude));
        geometry.put("coordinates", coords);
        JsonObject f = new JsonObject();
        f.put("type", "Feature");
        f.put("id", id);
        f.put("geometry", geometry);
        f.put("properties", properties);
        return f;
    }

    public static JsonObject collection(JsonArray features) {
        JsonObject fc = new JsonObject();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }
}
