package org.sarhad.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reference entities the extractor links names to, keyed by IRI. Immutable. */
public final class Dictionary {
    private final Map<String, DictionaryEntry> byIri;

    private Dictionary(Map<String, DictionaryEntry> byIri) {
        this.byIri = byIri;
    }

    public static Dictionary of(Collection<DictionaryEntry> entries) {
        Map<String, DictionaryEntry> map = new LinkedHashMap<>();
        for (DictionaryEntry e : entries) {
            map.put(e.iri(), e);
        }
        // Insertion order, not Map.copyOf: its iteration order changes from run to run, and names shared by
        // several entries must resolve the same way every time (same input, same triples).
        return new Dictionary(Collections.unmodifiableMap(map));
    }

    public static Dictionary empty() {
        return new Dictionary(Map.of());
    }

    public Optional<DictionaryEntry> get(String iri) {
        return Optional.ofNullable(iri == null ? null : byIri.get(iri));
    }

    public List<DictionaryEntry> entries() {
        return List.copyOf(byIri.values());
    }
}
