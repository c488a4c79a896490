package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.sarhad.server.TestStore;
import org.sarhad.vocab.SARHAD;

class SearchIndexTest {
    static Set<String> search(Dataset ds, String text) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"" + text + "\" }";
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new HashSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("s").getURI()));
            }
            return out;
        });
    }

    @Test
    void text_query_finds_labels_aliases_text_and_quotes() {
        Dataset ds = TestStore.fresh("search");
        assertTrue(search(ds, "Khorog").contains("http://localhost:3030/id/place/khorugh"), "alias");
        assertTrue(search(ds, "GKNB").contains("http://localhost:3030/id/actor/gknb"), "alias of an actor");
        assertTrue(search(ds, "heroin").contains("http://localhost:3030/id/article/akipress-2"), "article text");
        assertTrue(search(ds, "fighters").contains("http://localhost:3030/id/claim/akipress-2-c1"), "quote");
        assertEquals(Set.of(), search(ds, "zzzunknownword"));
    }

    @Test
    void existing_store_is_indexed_when_the_index_is_created() {
        Path dir = Path.of("target", "test-stores", "reindex-" + System.nanoTime());
        Dataset plain = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(plain, () -> RDFDataMgr.read(plain, TestStore.FIXTURE));
        Dataset indexed = NewsGraph.open(dir);
        assertTrue(search(indexed, "Kalashnikov").contains("http://localhost:3030/id/article/amu-1"));
    }

    @Test
    void replacing_a_graph_reindexes_its_text_and_forgets_the_old_words() {
        TdbArticleStore store = TdbArticleStore.open(Path.of("target", "test-stores", "replace-" + System.nanoTime()));
        String graph = "http://localhost:3030/graph/article/x";
        String article = "http://localhost:3030/id/article/x";
        store.replaceGraph(graph, article(article, "Smugglers crossed near Murghab"));
        assertEquals(Set.of(article), search(store.dataset(), "Murghab"));
        store.replaceGraph(graph, article(article, "Guards detained two men at Ishkashim"));
        assertEquals(Set.of(), search(store.dataset(), "Murghab"), "the replaced text is gone from the index");
        assertEquals(Set.of(article), search(store.dataset(), "Ishkashim"));
        assertEquals(3, store.graphSize(graph), "the non-indexed triples are stored too");
    }

    private static Model article(String iri, String text) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(RDF.type, SARHAD.Article).addProperty(SARHAD.text, text)
            .addProperty(SARHAD.articleId, "x");
        return m;
    }
}
