package org.sarhad.extract;

/**
 * Where an incident happened, as named in the text.
 *
 * @param countryCode ISO 3166-1 alpha-2, or null
 * @param admin1      first-level division as spelt in the text (may be null)
 * @param admin2      district as spelt in the text (may be null)
 * @param location    most specific named place: village, post or crossing (may be null)
 * @param place       the mention of the most specific place, linked or minted (may be null)
 */
public record IncidentPlace(String countryCode, String admin1, String admin2, String location, Mention place) {
    public static IncidentPlace unknown() {
        return new IncidentPlace(null, null, null, null, null);
    }
}
