package org.sarhad.server;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.sarhad.store.NewsGraph;

/** A fresh TDB2 store under target/ loaded with the server fixture (src/test/resources/server/fixture.trig). */
public final class TestStore {
    public static final String FIXTURE = "server/fixture.trig";

    private TestStore() {
    }

    public static Dataset fresh(String name) {
        Path dir = Path.of("target", "test-stores", name + "-" + System.nanoTime());
        Dataset ds = NewsGraph.open(dir);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, FIXTURE));
        return ds;
    }
}
