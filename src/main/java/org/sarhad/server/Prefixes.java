package org.sarhad.server;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.geosparql.implementation.vocabulary.GeoSPARQL_URI;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.sarhad.gazetteer.GeoNamesTerms;
import org.sarhad.vocab.SARHAD;

/** Prefixes used in every served document, and the JSON-LD {@code @context} published at /context.jsonld. */
final class Prefixes {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String SCHEMA = "https://schema.org/";
    static final String VOID = "http://rdfs.org/ns/void#";

    private static final Map<String, String> MAP = build();

    private Prefixes() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new TreeMap<>();
        m.put(SARHAD.PREFIX, SARHAD.NS);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("owl", OWL.NS);
        m.put("xsd", XSD.NS);
        m.put("skos", SKOS.uri);
        m.put("dcterms", DCTerms.NS);
        m.put("foaf", FOAF.NS);
        m.put("prov", PROV);
        m.put("oa", OA);
        m.put("schema", SCHEMA);
        m.put("geo", GeoSPARQL_URI.GEO_URI);
        m.put("gn", GeoNamesTerms.NS);
        m.put("void", VOID);
        m.put("sd", ServiceDescription.SD);
        m.put("formats", ServiceDescription.FORMATS);
        return Map.copyOf(m);
    }

    static Map<String, String> map() {
        return MAP;
    }

    static Model apply(Model model) {
        model.setNsPrefixes(MAP);
        return model;
    }

    static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(MAP).lock();
    }

    /** The {@code @context} value: one term per prefix. */
    static JsonObject jsonLdContext() {
        JsonObject ctx = new JsonObject();
        new TreeMap<>(MAP).forEach(ctx::put);
        return ctx;
    }
}
