package org.sarhad.gazetteer;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few GeoNames ontology terms the gazetteer graph reuses (feature class and code). */
public final class GeoNamesTerms {
    public static final String NS = "http://www.geonames.org/ontology#";
    /** GeoNames linked-data IRIs: {@code https://sws.geonames.org/{id}/}. */
    public static final String SWS = "https://sws.geonames.org/";
    public static final Property featureClass = ResourceFactory.createProperty(NS + "featureClass");
    public static final Property featureCode = ResourceFactory.createProperty(NS + "featureCode");

    private GeoNamesTerms() {
    }

    /** {@code gn:P} for feature class {@code P}. */
    public static Resource featureClass(String letter) {
        return ResourceFactory.createResource(NS + letter);
    }

    /** {@code gn:P.PPLA2} for class {@code P}, code {@code PPLA2}. */
    public static Resource featureCode(String letter, String code) {
        return ResourceFactory.createResource(NS + letter + "." + code);
    }

    /** The GeoNames linked-data IRI of a geonameid (digits only). */
    public static Resource geonamesIri(String id) {
        if (!id.matches("\\d+")) {
            throw new IllegalArgumentException("geonameid must be digits: " + id);
        }
        return ResourceFactory.createResource(SWS + id + "/");
    }
}
