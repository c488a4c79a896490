package org.sarhad.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Sarhad uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");

    private PROV() {
    }
}
