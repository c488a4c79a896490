package org.sarhad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.store.TdbArticleStore;

/** The reference and ontology graphs in a real TDB2 store on disk: written when absent or changed, never again. */
class StoreContextTest {
    static final String BASE = "http://localhost:3030/";

    @TempDir
    Path tmp;

    @Test
    void a_fresh_store_gets_both_graphs_and_a_second_write_changes_nothing() {
        StoreContext context = StoreContext.create(BASE);
        try (TdbArticleStore store = TdbArticleStore.open(tmp.resolve("store"))) {
            List<String> names = List.of(context.iris().referenceGraph(), context.iris().ontologyGraph());
            assertEquals(names, context.writeTo(store));
            assertEquals(context.reference().size(), store.graphSize(names.get(0)));
            assertEquals(context.ontology().size(), store.graphSize(names.get(1)));
            // Built afresh, as each start of a server builds them: new blank nodes, same graphs.
            assertEquals(List.of(), StoreContext.create(BASE).writeTo(store));
        }
    }

    @Test
    void a_changed_graph_is_written_again_and_only_that_one() {
        StoreContext context = StoreContext.create(BASE);
        try (TdbArticleStore store = TdbArticleStore.open(tmp.resolve("store"))) {
            context.writeTo(store);
            String reference = context.iris().referenceGraph();
            Model stale = ModelFactory.createDefaultModel().add(context.reference());
            stale.add(stale.createResource(BASE + "id/place/gone"), RDFS.label, "gone");
            store.replaceGraph(reference, stale);
            assertTrue(store.holdsGraph(reference, stale));
            assertEquals(List.of(reference), context.writeTo(store));
            assertTrue(store.holdsGraph(reference, context.reference()));
        }
    }
}
