package org.sarhad.vocab;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms Sarhad uses. */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";
    public static final Resource Feature = ResourceFactory.createResource(NS + "Feature");
    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");

    private GEO() {
    }
}
