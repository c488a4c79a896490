package org.sarhad.extract.doc;

/**
 * A dependency from a head token to a dependent, with its Universal Dependencies relation (enhanced++:
 * {@code obl:according_to}, {@code nmod:of}, {@code conj:and}).
 *
 * @param head      index of the head token
 * @param dependent index of the dependent token
 * @param relation  the relation name
 */
public record Edge(int head, int dependent, String relation) {
    /** The relation without its subtype or case marker: {@code obl} for {@code obl:according_to}. */
    public String base() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /**
     * True for {@code rel} itself and its subtypes ({@code nmod} matches {@code nmod:poss}), except passive ones: a
     * passive subject ({@code nsubj:pass}) is what was acted on, so only {@code nsubj:pass} itself matches it.
     */
    public boolean is(String rel) {
        return relation.equals(rel)
                || relation.startsWith(rel + ":") && rel.indexOf(':') < 0 && !relation.endsWith(":pass");
    }
}
