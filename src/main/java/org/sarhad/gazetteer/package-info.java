/**
 * Gazetteer: loads standard GeoNames dump files ({@code geoname} table and {@code admin1CodesASCII}) into the
 * gazetteer graph, with GeoSPARQL point geometries and links to the GeoNames linked-data IRIs.
 */
package org.sarhad.gazetteer;
