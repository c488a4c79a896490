package org.sarhad.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Web Annotation (oa:) selector terms Sarhad uses for text evidence. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";
    public static final Property start = ResourceFactory.createProperty(NS + "start");
    public static final Property end = ResourceFactory.createProperty(NS + "end");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");

    private OA() {
    }
}
