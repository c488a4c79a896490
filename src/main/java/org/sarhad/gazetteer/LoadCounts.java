package org.sarhad.gazetteer;

/** What one {@link GeoNamesLoader#load} call added: places, first-level divisions, and triples written. */
public record LoadCounts(int places, int admin1Regions, long triples) {
    public LoadCounts plus(LoadCounts other) {
        return new LoadCounts(places + other.places, admin1Regions + other.admin1Regions, triples + other.triples);
    }
}
