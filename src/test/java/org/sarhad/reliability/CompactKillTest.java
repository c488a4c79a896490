package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.testing.CliProcess;

/**
 * R4: {@code kill -9} of {@code compact} at different moments after the new generation directory appears. TDB2 picks
 * the highest-numbered {@code Data-NNNN} at start-up without checking it, so a half-written one would silently replace
 * the data; the store must reopen with exactly the data it held before.
 */
@Tag("slow")
class CompactKillTest {
    static final Duration LIMIT = Duration.ofSeconds(90);
    static final int GRAPHS = 600;
    static final int ROUNDS = 3;
    /** Upper bound of the random kill delay: about the copy time of {@value #GRAPHS} graphs on a loaded machine. */
    static final int MAX_DELAY_MILLIS = 1500;

    @Test
    void kill9_during_compact_reopens_with_exactly_the_committed_data() throws Exception {
        Path work = Workspace.fresh(StoreFaultTest.WORK.resolve("compact-kill"));
        Path backup = work.resolve("synthetic.nq.gz");
        List<String> ids = SyntheticGraphs.ids("syn", GRAPHS);
        StoreFacts before = new StoreFacts(SyntheticGraphs.writeBackup(backup, ids),
            new TreeSet<>(ids.stream().map(SyntheticGraphs::graphName).toList()), GRAPHS);
        Path base = work.resolve("base");
        CliProcess.Result restored = CliProcess.run(work, LIMIT, "restore", "--store", base.toString(), backup.toString());
        assertEquals(0, restored.exit(), restored.both());

        Random random = new Random(20_241_127L);
        Map<String, Integer> phases = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path store = Workspace.copy(base, work.resolve("round-" + round));
            CliProcess p = CliProcess.start(work, List.of(), "compact", "--store", store.toString());
            // Round 0 dies as the copy starts, round 1 as the finished copy is renamed into place, the rest at random.
            Path trigger = store.resolve(round == 1 ? "Data-0002" : "Data-0002-tmp");
            Workspace.awaitWhileAlive(p, Workspace.exists(trigger, store.resolve("Data-0002")));
            Thread.sleep(round < 2 ? 0 : random.nextInt(MAX_DELAY_MILLIS));
            boolean alive = p.isAlive();
            p.kill();
            String phase = alive ? phase(store) : "finished";
            phases.merge(phase, 1, Integer::sum);
            String what = "round " + round + " killed while " + phase + ", left " + CompactUnderLoadTest.generations(store);
            assertEquals(before, StoreFacts.read(store), what + ": same quads, graphs and text hits");
            assertFalse(Files.exists(store.resolve("Data-0002-tmp")), what + ": partial copy removed at open");
        }
        System.out.println("compact-kill: phases at kill " + phases);
        assertTrue(phases.getOrDefault("copying", 0) >= 1, "a kill while Data-0002-tmp was written: " + phases);

        compactToTheEnd(Workspace.copy(base, work.resolve("to-the-end")), before);

        // Control: what the rounds would have caught. TDB2 opens the highest-numbered generation even when it is empty.
        Path newestEmpty = Workspace.copy(base, work.resolve("newest-empty"));
        Files.createDirectory(newestEmpty.resolve("Data-0002"));
        assertEquals(0, StoreFacts.read(newestEmpty).quads(), "an unfinished Data-0002 would hide Data-0001's data");
    }

    /** The command run to the end (in this JVM): the old generation goes, the data and text index stay. */
    private static void compactToTheEnd(Path store, StoreFacts before) throws Exception {
        CliProcess.Result r = Workspace.runHere("compact", "--store", store.toString());
        assertEquals(0, r.exit(), r.both());
        assertTrue(r.stdout().contains("Data-0001 -> Data-0002; generations on disk: Data-0002"), r.stdout());
        assertEquals(List.of("Data-0002"), CompactUnderLoadTest.generations(store), "old generation deleted");
        assertEquals(before, StoreFacts.read(store), "same quads, graphs and text hits after compaction");
        CliProcess.Result kept = Workspace.runHere("compact", "--store", store.toString(), "--keep-old");
        assertEquals(0, kept.exit(), kept.both());
        assertEquals(List.of("Data-0002", "Data-0003"), CompactUnderLoadTest.generations(store), "--keep-old keeps it");
        assertEquals(before, StoreFacts.read(store));
    }

    /** Where compaction was, read from what a kill left on disk. */
    private static String phase(Path store) {
        if (Files.exists(store.resolve("Data-0002-tmp"))) {
            return "copying";
        }
        if (Files.exists(store.resolve("Data-0002"))) {
            return Files.exists(store.resolve("Data-0001")) ? "switching or deleting the old generation" : "exiting";
        }
        return "starting";
    }
}
