package org.sarhad.linking;

import java.util.Set;

/**
 * A border of the reference data.
 *
 * @param iri    its IRI
 * @param label  its English preferred label
 * @param states the ISO codes of the two states it separates
 */
record Border(String iri, String label, Set<String> states) {
    Border {
        states = Set.copyOf(states);
    }

    /** The state across the border from {@code code}, or null when {@code code} is not one of its two. */
    String other(String code) {
        return states.contains(code) ? states.stream().filter(s -> !s.equals(code)).findFirst().orElse(null) : null;
    }
}
