package org.sarhad.server;

import java.util.List;

/**
 * One incident (or cross-report event) as the browser lists, filters, maps and exports it: plain values read from
 * the store once per store version, so filtering never builds a query from what a user typed.
 */
record IncidentRow(String iri, String href, String label, String articleIri, String articleId, String sourceUrl, String type,
                   String typeLabel, String date, String datePrecision, String countryCode, String admin1, String admin2,
                   String location, String placeIri, String placeLabel, String geonamesId, Double latitude,
                   Double longitude, Long fatalities, String borderIri, String borderLabel, String event,
                   List<Actor> actors, List<String> seized, Spot spot) {

    /**
     * Where the map draws it: the place's own point, or, for a place without coordinates, the point of the nearest
     * place it lies in ({@code exact} false, {@code label} that place). The exports give only the place's own.
     */
    record Spot(double latitude, double longitude, String label, boolean exact) {
    }

    /** An actor in a role ({@code perpetrator}, {@code responding-force}, {@code target} or empty). */
    record Actor(String iri, String label, String role) {
    }

    IncidentRow {
        actors = List.copyOf(actors);
        seized = List.copyOf(seized);
    }

    boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** The month the incident falls in ({@code YYYY-MM}), or null when only the year or nothing is known. */
    String month() {
        return date != null && date.length() >= 7 ? date.substring(0, 7) : null;
    }

    /** Labels of the actors in a role, in order, without repeats; every actor for a null role. */
    List<String> actorLabels(String role) {
        return actors.stream().filter(a -> role == null || role.equals(a.role())).map(Actor::label).distinct().toList();
    }
}
