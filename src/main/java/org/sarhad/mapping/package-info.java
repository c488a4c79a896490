/**
 * Pure mappers from an extractor {@link org.sarhad.extract.Reading} to the RDF of one article's named graph,
 * in the Sarhad ontology. All IRIs come from {@link org.sarhad.iri.IriMinter}.
 */
package org.sarhad.mapping;
