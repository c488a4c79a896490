package org.sarhad.extract;

/**
 * The speech act a claim performs: a concept of the stance taxonomy ({@code ontology/taxonomies.ttl}), named by its
 * notation. Compared by identity, never by name or position.
 */
public enum Stance {
    ASSERTS("asserts"), ACCUSES("accuses"), DENIES("denies"), REJECTS("rejects");

    private static final String NS = "https://w3id.org/sarhad/taxonomy/stance/";
    private final String notation;

    Stance(String notation) {
        this.notation = notation;
    }

    public String notation() {
        return notation;
    }

    /** Denials and rejections both answer another party's claim. */
    public boolean answers() {
        return this == DENIES || this == REJECTS;
    }

    /** The stance whose concept IRI this is, or null. */
    public static Stance ofIri(String iri) {
        if (iri == null || !iri.startsWith(NS)) {
            return null;
        }
        return ofNotation(iri.substring(NS.length()));
    }

    public static Stance ofNotation(String notation) {
        for (Stance s : values()) {
            if (s.notation.equals(notation)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return notation;
    }
}
