package org.sarhad.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * Classpath locations of the ontology, the SKOS taxonomies and the SHACL shapes, and a loader for the ontology
 * graph (ontology plus taxonomies, the content of {@code {base}graph/ontology}).
 *
 * <pre>
 * Model ontology = OntologyResources.ontologyModel();
 * </pre>
 */
public final class OntologyResources {
    /** The OWL ontology. */
    public static final String ONTOLOGY = "ontology/sarhad.ttl";
    /** The SKOS taxonomies (incident types, stances, roles, precisions). */
    public static final String TAXONOMIES = "ontology/taxonomies.ttl";
    /** The SHACL shapes. */
    public static final String SHAPES = "shapes/sarhad-shapes.ttl";
    /** Files that make up the ontology graph, in load order. */
    public static final List<String> ONTOLOGY_GRAPH_FILES = List.of(ONTOLOGY, TAXONOMIES);

    private OntologyResources() {
    }

    /** A fresh model holding the ontology and the taxonomies. */
    public static Model ontologyModel() {
        Model model = ModelFactory.createDefaultModel();
        ONTOLOGY_GRAPH_FILES.forEach(file -> read(model, file));
        return model;
    }

    /** Parses the Turtle classpath resource {@code path} into {@code model}. */
    public static void read(Model model, String path) {
        ClassLoader loader = OntologyResources.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + path);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/sarhad/").parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }
}
