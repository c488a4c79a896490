package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Why {@link CompactionGate} exists: TDB2 5.6.0 on its own switches a store to its compacted generation under an open
 * read transaction, which then fails and stalls the compaction (apache/jena#3488); through the gate the compaction
 * waits for the read instead. Should the first test ever fail, TDB2 handles this itself and the gate can go.
 */
@Tag("slow")
class CompactionGateTest {
    private static final String GRAPH = "http://localhost:3030/graph/article/gate";
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final ExecutorService compactor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdownNow();
        compactor.shutdownNow();
    }

    @Test
    void tdb2_alone_switches_under_an_open_read_which_then_fails_and_stalls_the_compaction() throws Exception {
        Dataset ds = TDB2Factory.connectDataset(dir("raw").toString());
        fill(ds);
        DatasetGraphSwitchable tdb = (DatasetGraphSwitchable) ds.asDatasetGraph();
        DatasetGraph before = tdb.get();
        on(reader, () -> {
            ds.begin(ReadWrite.READ);
            return size(ds);
        });
        Future<?> compaction = compactor.submit(() -> DatabaseMgr.compact(tdb, true));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (tdb.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertNotSame(before, tdb.get(), "TDB2 switched generations although a read was open");

        assertNotNull(on(reader, () -> failure(() -> size(ds))), "the open read cannot read any more");
        assertNotNull(on(reader, () -> failure(ds::commit)), "nor commit");
        Thread.sleep(300);
        assertFalse(compaction.isDone(), "the compaction waits for the read it switched under");
        on(reader, () -> {
            before.end();
            return null;
        });
        compaction.get(30, TimeUnit.SECONDS);
    }

    @Test
    void through_the_gate_compaction_waits_for_an_open_read_which_ends_normally() throws Exception {
        Path dir = dir("gated");
        Dataset ds = NewsGraph.open(dir);
        fill(ds);
        DatasetGraphSwitchable tdb = StoreCompaction.switchable(ds.asDatasetGraph());
        DatasetGraph before = tdb.get();
        long size = on(reader, () -> {
            ds.begin(ReadWrite.READ);
            return size(ds);
        });
        Future<StoreCompaction.Result> compaction = compactor.submit(
            () -> StoreCompaction.compact(TdbArticleStore.open(dir), true));
        Thread.sleep(300);
        assertSame(before, tdb.get(), "no switch while the read is open");
        assertFalse(compaction.isDone(), "compaction waits");

        assertEquals(size, on(reader, () -> size(ds)), "the read goes on");
        on(reader, () -> {
            ds.commit();
            ds.end();
            return null;
        });
        assertEquals("Data-0002", compaction.get(30, TimeUnit.SECONDS).to());
        assertNotSame(before, tdb.get());
        assertEquals(size, on(reader, () -> Txn.calculateRead(ds, () -> size(ds))), "same data after the switch");
    }

    private static Path dir(String name) {
        return Path.of("target", "test-stores", "gate-" + name + "-" + System.nanoTime());
    }

    private static void fill(Dataset ds) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 200; i++) {
            m.add(m.createResource(GRAPH + "/s" + i), RDFS.label, "label " + i);
        }
        Txn.executeWrite(ds, () -> ds.addNamedModel(GRAPH, m));
    }

    private static long size(Dataset ds) {
        return ds.getNamedModel(GRAPH).size();
    }

    private static <T> T on(ExecutorService thread, Callable<T> action) throws Exception {
        return thread.submit(action).get(30, TimeUnit.SECONDS);
    }

    private static Throwable failure(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            assertTrue(e.getMessage() != null && e.getMessage().contains("transaction"), e.toString());
            return e;
        }
    }
}
