package org.sarhad.server;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.sarhad.vocab.SARHAD;

/**
 * The map (and, for places, actors and events, the timeline) on entity pages: the same Leaflet map as the incident
 * browser, with the entity's own point or country highlighted. At most {@value #MAX_INCIDENTS} incidents are drawn.
 */
final class EntityMaps {
    static final int MAX_INCIDENTS = 2_000;

    private EntityMaps() {
    }

    static String incident(View v, Resource incident) {
        IncidentRow row = IncidentIndex.row(v, incident);
        IncidentRow.Spot spot = row.spot();
        if (spot == null) {
            return "";
        }
        String note = spot.exact() ? "" : "<p><small>The place has no coordinates of its own: drawn at "
            + Html.esc(spot.label()) + ", which it lies in.</small></p>\n";
        return Html.section("Map", note + MapView.render(List.of(row), spot.exact() ? row.placeLabel() : spot.label(),
            new double[] {spot.longitude(), spot.latitude()}, null));
    }

    static String place(View v, Resource place, List<Resource> incidents) {
        List<IncidentRow> rows = rows(v, incidents);
        boolean country = place.hasProperty(RDF.type, SARHAD.Country);
        double[] point = country ? null : MapView.point(place).orElse(null);
        if (point == null && !country && rows.isEmpty()) {
            return "";
        }
        return Html.section("Map", MapView.render(rows, v.label(place), point, country ? v.label(place) : null))
            + timeline(rows);
    }

    /** An actor's or event's incidents on the map and the timeline. */
    static String of(View v, List<Resource> incidents) {
        List<IncidentRow> rows = rows(v, incidents);
        return rows.isEmpty() ? "" : Html.section("Map", MapView.render(rows)) + timeline(rows);
    }

    private static String timeline(List<IncidentRow> rows) {
        return rows.isEmpty() ? "" : Html.section("Timeline", Timeline.render(rows));
    }

    private static List<IncidentRow> rows(View v, List<Resource> incidents) {
        return incidents.stream().filter(i -> i.isURIResource() && i.hasProperty(RDF.type, SARHAD.Incident)).distinct()
            .limit(MAX_INCIDENTS).map(i -> IncidentIndex.row(v, i)).toList();
    }
}
