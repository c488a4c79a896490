package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.store.StoreBackup;
import org.sarhad.store.TdbArticleStore;
import org.sarhad.testing.CliProcess;

/**
 * R3: {@code restore} loads a backup in one write transaction, so a {@code kill -9} at any moment leaves the target
 * store empty (then restore again) or complete, never part of the backup; and its text index agrees.
 */
@Tag("slow")
class RestoreKillTest {
    static final Duration LIMIT = Duration.ofSeconds(90);
    static final int GRAPHS = 800;
    static final int ROUNDS = 3;
    /** Upper bound of the random kill delay: about the load time of {@value #GRAPHS} graphs on a loaded machine. */
    static final int MAX_DELAY_MILLIS = 1500;

    @Test
    void kill9_during_restore_leaves_the_store_empty_or_complete() throws Exception {
        Path work = Workspace.fresh(StoreFaultTest.WORK.resolve("restore-kill"));
        Path backup = work.resolve("synthetic.nq.gz");
        List<String> ids = SyntheticGraphs.ids("rst", GRAPHS);
        long quads = SyntheticGraphs.writeBackup(backup, ids);
        StoreFacts complete = new StoreFacts(quads, new TreeSet<>(ids.stream().map(SyntheticGraphs::graphName).toList()),
            GRAPHS);
        StoreFacts empty = new StoreFacts(0, Set.of(), 0);
        restoreToTheEnd(work, backup, complete);

        Random random = new Random(20_241_128L);
        Map<String, Integer> outcomes = new TreeMap<>();
        boolean restoredAfterKill = false;
        for (int round = 0; round < ROUNDS; round++) {
            Path store = work.resolve("round-" + round);
            CliProcess p = CliProcess.start(work, List.of(), "restore", "--store", store.toString(), backup.toString());
            // Data-0001 appears when the restore opens the store, before its transaction. Round 0 dies when the
            // commit starts writing the journal; the others at random.
            Workspace.awaitWhileAlive(p, Workspace.exists(store.resolve("Data-0001")));
            if (round == 0) {
                Path journal = store.resolve("Data-0001").resolve("journal.jrnl");
                Workspace.awaitWhileAlive(p, () -> journal.toFile().length() > 0);
            } else {
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS));
            }
            boolean alive = p.isAlive();
            p.kill();

            StoreFacts facts = StoreFacts.read(store);
            String outcome = facts.equals(empty) ? "empty" : "complete";
            assertEquals(facts.equals(empty) ? empty : complete, facts, "round " + round + ": empty or complete");
            outcomes.merge((alive ? "killed, " : "finished, ") + outcome, 1, Integer::sum);
            if (outcome.equals("empty") && !restoredAfterKill) {
                // The store is open in this JVM now: restore again here, as the command would.
                try (TdbArticleStore s = TdbArticleStore.open(store)) {
                    assertEquals(quads, StoreBackup.restore(backup, s), "a killed restore can be run again");
                    assertEquals(complete, StoreFacts.of(s.dataset()));
                }
                restoredAfterKill = true;
            }
        }
        System.out.println("restore-kill: outcomes " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(o -> o.startsWith("killed")), "some restore was killed: "
            + outcomes);
    }

    /** The command run to the end (in this JVM): every quad restored, the text index complete. */
    private static void restoreToTheEnd(Path work, Path backup, StoreFacts complete) {
        Path store = work.resolve("to-the-end");
        CliProcess.Result r = Workspace.runHere("restore", "--store", store.toString(), backup.toString());
        assertEquals(0, r.exit(), r.both());
        assertTrue(r.stdout().contains("restored " + complete.quads() + " quads"), r.stdout());
        assertEquals(complete, StoreFacts.read(store));
    }
}
