package org.sarhad.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sarhad.vocab.SARHAD;

/**
 * The description of a named graph (call inside a read transaction): its size and, for an article's graph, the
 * article it was drawn from. Its statements themselves are one SPARQL query away, which the page links.
 */
final class GraphDocument {
    private GraphDocument() {
    }

    /** Empty when the store has no such graph. */
    static Model describe(Dataset ds, String graphIri) {
        Model out = Prefixes.apply(ModelFactory.createDefaultModel());
        if (!ds.containsNamedModel(graphIri)) {
            return out;
        }
        Model graph = ds.getNamedModel(graphIri);
        Resource g = out.createResource(graphIri).addProperty(RDF.type, out.createResource(ServiceDescription.SD + "Graph"))
            .addLiteral(out.createProperty(Prefixes.VOID + "triples"), graph.size())
            .addProperty(RDFS.label, "Named graph " + graphIri);
        graph.listSubjectsWithProperty(RDF.type, SARHAD.Article).forEachRemaining(a -> g.addProperty(DCTerms.source, a));
        return out;
    }

    static String page(Model description, String graphIri, View view) {
        Resource g = description.getResource(graphIri);
        String query = "SELECT ?s ?p ?o { GRAPH <" + graphIri + "> { ?s ?p ?o } }";
        StringBuilder b = new StringBuilder("<p><code>").append(Html.esc(graphIri)).append("</code></p>\n<p>")
            .append(g.getProperty(description.createProperty(Prefixes.VOID + "triples")).getLong()).append(" statements. ")
            .append("<a href=\"").append(Html.esc(Routes.SPARQL + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
            .append("\">List them</a>.</p>\n");
        g.listProperties(DCTerms.source).forEachRemaining(s -> b.append("<p>Drawn from ")
            .append(view.link(s.getResource())).append(".</p>\n"));
        return Html.page("Named graph", b.toString());
    }
}
