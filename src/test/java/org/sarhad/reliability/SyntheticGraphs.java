package org.sarhad.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sarhad.iri.IriMinter;
import org.sarhad.vocab.PROV;
import org.sarhad.vocab.SARHAD;

/**
 * Small article graphs (an article and one incident, {@value #TRIPLES} triples) made up for store tests that need
 * many graphs fast, and backups (gzipped N-Quads, as {@code backup} writes them) of many such graphs.
 */
final class SyntheticGraphs {
    static final int TRIPLES = 7;
    /** A word in every synthetic label, for {@code text:query}. */
    static final String WORD = "synthetic";
    private static final IriMinter IRIS = IriMinter.createDefault();

    private SyntheticGraphs() {
    }

    static String graphName(String id) {
        return IRIS.articleGraph(id);
    }

    static Model article(String id) {
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(IRIS.article(id)).addProperty(RDF.type, SARHAD.Article)
            .addProperty(SARHAD.articleId, id).addProperty(RDFS.label, WORD + " border report " + id);
        m.createResource(IRIS.inArticle("incident", id, "i1")).addProperty(RDF.type, SARHAD.Incident)
            .addProperty(RDFS.label, "armed clash in " + id).addLiteral(SARHAD.fatalities, id.length())
            .addProperty(PROV.wasDerivedFrom, article);
        return m;
    }

    /** Ids {@code prefix-0 .. prefix-(n-1)}. */
    static List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + i);
        }
        return ids;
    }

    /** Writes the graphs of {@code ids} to {@code file} as a backup; returns the number of quads. */
    static long writeBackup(Path file, List<String> ids) throws IOException {
        long quads = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StreamRDF writer = StreamRDFLib.writer(out);
            writer.start();
            for (String id : ids) {
                Node g = NodeFactory.createURI(graphName(id));
                for (Triple t : article(id).getGraph().find().toList()) {
                    writer.quad(Quad.create(g, t));
                    quads++;
                }
            }
            writer.finish();
        }
        return quads;
    }
}
