package org.sarhad.linking;

import java.util.List;
import java.util.Set;

/**
 * What the event linker compares of a stored incident, read from its article graph and its link graph.
 *
 * @param iri         the incident
 * @param article     IRI of its article
 * @param articleId   the article's id
 * @param published   the article's publication date, or null
 * @param outlet      IRI of the article's outlet, or null
 * @param type        incident type notation
 * @param date        the date's lexical form at its precision, or null
 * @param country     ISO code, or null
 * @param states      the states of its area: its country and those of its border
 * @param border      IRI of its border, or null
 * @param locations   the location names the text gives (village, post, crossing), folded
 * @param districts   the district (second-level division) names the text gives, folded
 * @param within      the districts the reference data puts its place in (a crossing or village it knows), folded;
 *                    empty when the text names a district or the place is not a reference place
 * @param divisions   the first-level division names the text gives, folded
 * @param place       IRI of its place, or null
 * @param borderPlace whether its place is a crossing or post the reference data puts on a border
 * @param feature     IRI of the gazetteer feature (or division) its place links to, or null
 * @param admin1      the division code of that feature, or null
 * @param lat         latitude of its point, NaN when none or when its feature is a division (a seat, or the
 *                    division a place lies in)
 * @param lon         longitude of its point, NaN when none
 * @param actors      IRIs of its participants
 * @param fatalities  the toll it states, or null
 * @param claims      IRIs of the claims of its article about it
 */
record IncidentFacts(String iri, String article, String articleId, String published, String outlet, String type,
        String date, String country, Set<String> states, String border, Set<String> locations, Set<String> districts,
        Set<String> within, Set<String> divisions, String place, boolean borderPlace, String feature, String admin1,
        double lat, double lon, Set<String> actors, Integer fatalities, List<String> claims) {
    IncidentFacts {
        states = Set.copyOf(states);
        locations = Set.copyOf(locations);
        districts = Set.copyOf(districts);
        within = Set.copyOf(within);
        divisions = Set.copyOf(divisions);
        actors = Set.copyOf(actors);
        claims = List.copyOf(claims);
    }

    boolean hasPoint() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    double kmTo(IncidentFacts o) {
        return new Feature("", "", "", "", "", "", null, 0, lat, lon).kmTo(new Feature("", "", "", "", "", "", null, 0,
                o.lat, o.lon));
    }

    /** The month the incident is known by: its date's, else its article's publication month; null without either. */
    String when() {
        return date != null ? date : published;
    }
}
