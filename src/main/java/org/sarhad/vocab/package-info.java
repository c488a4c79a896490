/**
 * The Sarhad vocabulary: {@link org.sarhad.vocab.SARHAD} holds the ontology's terms as Jena constants (kept in
 * sync with {@code ontology/sarhad.ttl} by a test) and {@link org.sarhad.vocab.OntologyResources} locates and loads
 * the ontology, taxonomies and shapes from the classpath.
 */
package org.sarhad.vocab;
