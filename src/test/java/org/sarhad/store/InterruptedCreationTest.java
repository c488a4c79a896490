package org.sarhad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store killed while TDB2 was first creating its files opens as a new, empty store. */
class InterruptedCreationTest {
    @TempDir
    Path tmp;

    @Test
    void a_store_killed_while_its_files_were_being_created_opens_empty() throws Exception {
        Path store = tmp.resolve("store");
        Path gen = Files.createDirectories(store.resolve("Data-0001"));
        // what a kill -9 left behind: the node table and some indexes written, GSPO begun, the rest never created
        for (String f : new String[] {"nodes.bpt", "nodes.dat", "nodes.idn", "SPO.bpt", "SPO.dat", "SPO.idn",
            "GSPO.bpt", "GSPO.dat"}) {
            Files.write(gen.resolve(f), new byte[24]);
        }
        Files.createFile(gen.resolve("GSPO.idn"));
        Files.createFile(gen.resolve("journal.jrnl"));
        assertTrue(JournalRepair.creationInterrupted(gen));

        try (TdbArticleStore s = TdbArticleStore.open(store)) {
            long quads = Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().stream().count());
            assertEquals(0, quads);
        }
        assertFalse(JournalRepair.creationInterrupted(gen), "the store is whole once created again");
    }

    @Test
    void a_created_store_is_left_alone() throws Exception {
        Path store = tmp.resolve("whole");
        try (TdbArticleStore s = TdbArticleStore.open(store)) {
            assertTrue(s.dataset() != null);
        }
        assertFalse(JournalRepair.creationInterrupted(store.resolve("Data-0001")));
    }
}
