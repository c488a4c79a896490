package org.sarhad.linking;

/**
 * The outcome of resolving one incident's place.
 *
 * @param name       the name resolved, as the text spells it
 * @param target     IRI of the gazetteer feature or division linked to; null when the evidence picked none
 * @param point      the feature whose coordinates the incident takes (the target, or a division's seat); null without
 * @param score      0..1
 * @param rule       which rule decided ({@code place.name}, {@code place.variant+admin1}, {@code place.ambiguous}...)
 * @param candidates how many features the name matched
 * @param runnerUp   IRI of the best other candidate, or null
 */
record PlaceMatch(String name, String target, Feature point, double score, String rule, int candidates,
        String runnerUp) {
    boolean linked() {
        return target != null;
    }
}
