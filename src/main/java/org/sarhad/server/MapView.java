package org.sarhad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.geosparql.implementation.vocabulary.Geo;
import org.apache.jena.rdf.model.Resource;

/**
 * A map element for {@code map.js} (Leaflet over the Natural Earth country outlines and borders packaged in the
 * jar; no tiles): one marker per distinct point with how many incidents and deaths it holds, and optionally a
 * country drawn as an area. At most {@value #MAX_POINTS} points, so a page stays small.
 */
final class MapView {
    static final int MAX_POINTS = 2_000;
    private static int counter;

    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)",
        Pattern.CASE_INSENSITIVE);

    private MapView() {
    }

    /** lon, lat of the resource's first point geometry. */
    static Optional<double[]> point(Resource place) {
        return place.listProperties(Geo.HAS_GEOMETRY_PROP).toList().stream()
            .flatMap(g -> g.getResource().listProperties(Geo.AS_WKT_PROP).toList().stream())
            .map(s -> POINT.matcher(s.getString())).filter(Matcher::find)
            .map(m -> new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))}).findFirst();
    }

    /** The map of a set of incidents, nothing of its own highlighted. */
    static String render(List<IncidentRow> rows) {
        return render(rows, null, null, null);
    }

    /** A point or area of its own (a place or a country page), with the incidents around it. */
    static String render(List<IncidentRow> rows, String focusLabel, double[] lonLat, String country) {
        Map<String, JsonObject> points = new LinkedHashMap<>();
        for (IncidentRow r : rows) {
            IncidentRow.Spot spot = r.spot();
            if (spot == null || (points.size() >= MAX_POINTS && !points.containsKey(key(spot)))) {
                continue;
            }
            String place = r.placeLabel() == null ? r.location() : r.placeLabel();
            JsonObject p = points.computeIfAbsent(key(spot), k -> point(spot.latitude(), spot.longitude(),
                spot.exact() ? place : place + " (somewhere in " + spot.label() + ")", "/incidents?q=" + encode(place)));
            p.put("count", p.get("count").getAsNumber().value().intValue() + 1);
            p.put("fatalities", p.get("fatalities").getAsNumber().value().longValue()
                + (r.fatalities() == null ? 0 : r.fatalities()));
        }
        JsonObject data = new JsonObject();
        JsonArray arr = new JsonArray();
        points.values().forEach(arr::add);
        data.put("points", arr);
        if (lonLat != null) {
            data.put("focus", point(lonLat[1], lonLat[0], focusLabel, null));
        }
        if (country != null) {
            data.put("country", country);
        }
        if (arr.isEmpty() && lonLat == null && country == null) {
            return "<p class=\"map-empty\">No incident here has coordinates to map.</p>\n";
        }
        String id = "map-data-" + next();
        return "<div class=\"map\" data-map=\"" + id + "\" role=\"region\" aria-label=\"Map\"></div>\n"
            + Html.json(id, data.toString());
    }

    static String head() {
        return Html.stylesheet("vendor/leaflet/dist/leaflet.css") + Html.script("vendor/leaflet/dist/leaflet.js")
            + Html.script("vendor/topojson-client/dist/topojson-client.min.js") + Html.script("sarhad/map.js");
    }

    private static synchronized int next() {
        counter = (counter + 1) % 1_000_000;
        return counter;
    }

    private static String key(IncidentRow.Spot s) {
        return s.latitude() + "," + s.longitude() + "," + s.exact();
    }

    private static JsonObject point(double lat, double lon, String label, String href) {
        JsonObject p = new JsonObject();
        p.put("lat", JsonNumber.value(lat));
        p.put("lon", JsonNumber.value(lon));
        p.put("label", label == null ? "" : label);
        if (href != null) {
            p.put("href", href);
        }
        p.put("count", 0);
        p.put("fatalities", 0);
        return p;
    }

    private static String encode(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
