/**
 * The curated reference data ({@code data/reference/*.ttl}) and the extractor dictionary built from any model that
 * holds it: actors with aliases, outlets, places with their hierarchy and countries.
 */
package org.sarhad.reference;
