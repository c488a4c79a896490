package org.sarhad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.sarhad.iri.IriMinter;
import org.sarhad.reference.ReferenceData;
import org.sarhad.store.ArticleStore;
import org.sarhad.vocab.OntologyResources;

/**
 * The reference data and ontology graphs every store holds, for one base IRI. Building this loads no extraction
 * models, so {@code serve} uses it alone: the tagger and parser took about 340 MB of heap the server never read.
 *
 * <pre>
 * StoreContext.create("http://localhost:3030/").writeTo(store); // [] when the store already holds both as they are
 * </pre>
 */
public final class StoreContext {
    private final IriMinter iris;
    private final Model ontology;
    private final Model reference;

    private StoreContext(String base) {
        this.iris = IriMinter.create(base);
        this.ontology = OntologyResources.ontologyModel();
        this.reference = ReferenceData.load(base);
    }

    public static StoreContext create(String base) {
        return new StoreContext(base);
    }

    public IriMinter iris() {
        return iris;
    }

    public Model ontology() {
        return ontology;
    }

    public Model reference() {
        return reference;
    }

    /**
     * Puts the current reference data and ontology into the store, each graph atomically, and only where the stored
     * copy differs: a write transaction copies every index block it touches, so rewriting identical graphs cost
     * about 2 MB of disk at each start of a server.
     *
     * @return the names of the graphs written
     */
    public List<String> writeTo(ArticleStore store) {
        List<String> written = new ArrayList<>();
        writeIfChanged(store, iris.referenceGraph(), reference, written);
        writeIfChanged(store, iris.ontologyGraph(), ontology, written);
        return List.copyOf(written);
    }

    private static void writeIfChanged(ArticleStore store, String name, Model content, List<String> written) {
        if (!store.holdsGraph(name, content)) {
            store.replaceGraph(name, content);
            written.add(name);
        }
    }
}
