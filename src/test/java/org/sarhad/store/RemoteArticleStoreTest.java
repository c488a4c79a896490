package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.testing.FusekiProcess;

/** The remote store against a real second Fuseki process on loopback. */
@Tag("slow")
class RemoteArticleStoreTest {
    @TempDir
    static Path tmp;
    private static FusekiProcess fuseki;

    @BeforeAll
    static void start() throws Exception {
        fuseki = FusekiProcess.start("remote", tmp.resolve("fuseki.log"));
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    private static Model graph(int n) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < n; i++) {
            m.createResource("http://example.org/s" + i).addProperty(m.createProperty("http://example.org/p"), "v" + i);
        }
        return m;
    }

    @Test
    void put_replaces_the_graph_whole() {
        String g = "http://example.org/graph/article/a";
        try (RemoteArticleStore store = RemoteArticleStore.connect(fuseki.datasetUrl())) {
            store.replaceGraph(g, graph(5));
            assertEquals(5, store.graphSize(g));
            store.replaceGraph(g, graph(3));
            assertEquals(3, store.graphSize(g), "re-putting replaces, never appends");
        }
        try (RDFConnection c = RDFConnection.connect(fuseki.datasetUrl())) {
            assertTrue(graph(3).isIsomorphicWith(c.fetch(g)));
        }
    }

    @Test
    void unreachable_store_fails_before_any_article() {
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> RemoteArticleStore.connect("http://localhost:1/none"));
        assertTrue(e.getMessage().contains("does not answer"), e.getMessage());
    }
}
