package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.store.NewsGraph;
import org.sarhad.testing.FusekiProcess;

/** {@code ingest --store URL}: the same per-article graphs land in a remote store (a second Fuseki process). */
@Tag("slow")
class RemoteIngestTest {
    private static final String SEED = "data/demo/amu-tajik-kevron-2023.json";
    private static final String GRAPH = "http://localhost:3030/graph/article/amu-tajik-kevron-2023";

    @TempDir
    Path tmp;

    @Test
    void remote_ingest_writes_the_same_graph_as_local_ingest_and_is_idempotent() throws Exception {
        try (FusekiProcess fuseki = FusekiProcess.start("kb", tmp.resolve("fuseki.log"))) {
            CliTest.Run remote = CliTest.run("ingest", "--store", fuseki.datasetUrl(), SEED);
            assertEquals(0, remote.code(), remote.out() + remote.err());
            CliTest.Run again = CliTest.run("ingest", "--store", fuseki.datasetUrl(), SEED);
            assertEquals(0, again.code(), again.out() + again.err());
            Path local = tmp.resolve("local");
            assertEquals(0, CliTest.run("ingest", "--store", local.toString(), SEED).code());
            Model expected = Txn.calculateRead(NewsGraph.open(local), () ->
                    org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(NewsGraph.open(local).getNamedModel(GRAPH)));
            try (RDFConnection c = RDFConnection.connect(fuseki.datasetUrl())) {
                Model actual = c.fetch(GRAPH);
                assertEquals(expected.size(), actual.size(), "re-ingest replaced the graph, it did not append");
                assertTrue(expected.isIsomorphicWith(actual), "missing " + expected.difference(actual).listStatements().toList()
                        + "\nunexpected " + actual.difference(expected).listStatements().toList());
                assertTrue(c.queryAsk("ASK { GRAPH <http://localhost:3030/graph/reference> { ?s ?p ?o } }"),
                        "reference data is written too, so the remote store answers the same queries");
            }
        }
    }
}
