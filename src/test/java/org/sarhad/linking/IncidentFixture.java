package org.sarhad.linking;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Invented incidents for the event-linking rules: one builder call per fact that a case needs. */
final class IncidentFixture {
    private static final String BASE = "http://example.org/id/";
    private final String id;
    private String published;
    private String type = "armed-clash";
    private String date;
    private String country = "TJ";
    private final Set<String> states = new TreeSet<>(Set.of("TJ"));
    private String border;
    private final Set<String> locations = new TreeSet<>();
    private final Set<String> districts = new TreeSet<>();
    private final Set<String> within = new TreeSet<>();
    private final Set<String> divisions = new TreeSet<>();
    private String place;
    private boolean borderPlace;
    private String feature;
    private String admin1;
    private double lat = Double.NaN;
    private double lon = Double.NaN;
    private final Set<String> actors = new TreeSet<>();
    private Integer fatalities;

    private IncidentFixture(String id) {
        this.id = id;
    }

    /** An armed clash in Tajikistan of article {@code article}, its incident {@code n}; nothing else known. */
    static IncidentFixture of(String article, int n) {
        return new IncidentFixture(article + "-i" + n);
    }

    IncidentFixture published(String d) {
        published = d;
        return this;
    }

    IncidentFixture type(String t) {
        type = t;
        return this;
    }

    IncidentFixture date(String d) {
        date = d;
        return this;
    }

    IncidentFixture country(String cc, String... across) {
        country = cc;
        states.clear();
        states.add(cc);
        states.addAll(List.of(across));
        return this;
    }

    IncidentFixture border(String slug) {
        border = BASE + "border/" + slug;
        return this;
    }

    IncidentFixture location(String name) {
        locations.add(PlaceNames.key(name));
        return this;
    }

    IncidentFixture district(String name) {
        districts.add(PlaceNames.key(name));
        return this;
    }

    /** Its place is the reference place {@code slug}, which the reference data puts in {@code district}. */
    IncidentFixture place(String slug, String district) {
        place = BASE + "place/" + slug;
        within.add(PlaceNames.key(district));
        return this;
    }

    /** Its place is a crossing or post the reference data puts on a border. */
    IncidentFixture crossing() {
        borderPlace = true;
        return this;
    }

    IncidentFixture division(String name, String code) {
        divisions.add(PlaceNames.key(name));
        admin1 = code;
        return this;
    }

    /** Linked to a gazetteer feature: a place with its point, or (NaN point) a division. */
    IncidentFixture feature(String geonamesId, double latitude, double longitude) {
        feature = BASE + "geoname/" + geonamesId;
        lat = latitude;
        lon = longitude;
        return this;
    }

    IncidentFixture actor(String slug) {
        actors.add(BASE + "actor/" + slug);
        return this;
    }

    IncidentFixture toll(int n) {
        fatalities = n;
        return this;
    }

    IncidentFacts facts() {
        String article = id.substring(0, id.lastIndexOf("-i"));
        return new IncidentFacts(BASE + "incident/" + id, BASE + "article/" + article, article, published, null, type,
                date, country, states, border, locations, districts, within, divisions, place, borderPlace, feature,
                admin1, lat, lon, actors, fatalities, List.of());
    }
}
