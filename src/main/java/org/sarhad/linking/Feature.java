package org.sarhad.linking;

/**
 * A gazetteer feature as the linker sees it.
 *
 * @param iri          the feature's IRI in the gazetteer graph
 * @param geonamesId   its GeoNames id
 * @param name         its GeoNames name
 * @param featureClass GeoNames feature class letter (P populated place, A division...)
 * @param featureCode  GeoNames feature code (PPLA seat of a first-level division, PPLA2 ...)
 * @param country      ISO 3166-1 alpha-2
 * @param admin1       first-level division code {@code CC.nn}, or null
 * @param population   inhabitants (0 when unknown)
 * @param lat          latitude, NaN when unknown
 * @param lon          longitude, NaN when unknown
 */
record Feature(String iri, String geonamesId, String name, String featureClass, String featureCode, String country,
        String admin1, long population, double lat, double lon) {
    boolean hasPoint() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** Great-circle distance in kilometres. */
    double kmTo(Feature o) {
        double r = Math.toRadians(1);
        double dLat = (o.lat - lat) * r;
        double dLon = (o.lon - lon) * r;
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat * r) * Math.cos(o.lat * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
