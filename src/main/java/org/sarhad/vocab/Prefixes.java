package org.sarhad.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes Sarhad writes its RDF with. */
public final class Prefixes {
    private Prefixes() {
    }

    public static Map<String, String> standard() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(SARHAD.PREFIX, SARHAD.NS);
        p.put("prov", PROV.NS);
        p.put("oa", OA.NS);
        p.put("schema", "https://schema.org/");
        p.put("skos", SKOS.uri);
        p.put("geo", GEO.NS);
        p.put("rdf", RDF.uri);
        p.put("rdfs", RDFS.uri);
        p.put("xsd", XSD.NS);
        return p;
    }
}
