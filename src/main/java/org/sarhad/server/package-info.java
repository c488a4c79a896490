/**
 * The embedded Fuseki server: read-only SPARQL at {@code /sarhad/sparql} and {@code /sarhad/query}, dereferenceable
 * entity IRIs ({@code /id/} 303 to {@code /doc/}) with content negotiation, the ontology, a VoID description, a
 * landing page and full-text search. {@link org.sarhad.server.NewsServer} is the only entry point.
 */
package org.sarhad.server;
