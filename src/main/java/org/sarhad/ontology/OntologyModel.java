package org.sarhad.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The Sarhad ontology and taxonomies, read from the classpath ({@code ontology/*.ttl}). */
public final class OntologyModel {
    /** The files that make up the ontology, in the order they are read. */
    public static final List<String> FILES = List.of("ontology/sarhad.ttl", "ontology/taxonomies.ttl");

    private OntologyModel() {
    }

    public static Model load() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            try (InputStream in = OntologyModel.class.getClassLoader().getResourceAsStream(f)) {
                if (in != null) {
                    RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/sarhad/ontology").parse(m);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (m.isEmpty()) {
            throw new IllegalStateException("ontology resources " + FILES + " not found on the classpath");
        }
        return m;
    }
}
