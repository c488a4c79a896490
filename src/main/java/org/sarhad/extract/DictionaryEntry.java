package org.sarhad.extract;

import java.util.List;

/**
 * A known entity from the reference graph, as the extractor sees it (no RDF).
 *
 * @param iri         the entity's IRI
 * @param kind        actor, place or outlet
 * @param type        local name of its most specific Sarhad class ({@code ArmedGroup}, {@code District}...)
 * @param label       preferred label
 * @param aliases     alternative labels and spellings
 * @param countryCode ISO 3166-1 alpha-2 of the state it belongs to or lies in, or null
 * @param parent      IRI of the place it lies in (places) or the organisation it belongs to, or null
 */
public record DictionaryEntry(String iri, EntityKind kind, String type, String label, List<String> aliases,
        String countryCode, String parent) {
    public DictionaryEntry {
        aliases = List.copyOf(aliases);
    }
}
