package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.testing.CliProcess;
import org.sarhad.testing.DemoCopies;

/**
 * Crash durability (R1), the single-process lock (R2) and backup/restore (R6), each with the command line in its
 * own JVM. The disk-full case (R5) is in {@link DiskFullTest}.
 */
@Tag("slow")
class StoreFaultTest {
    static final Path WORK = Path.of("target", "faults");
    static final Duration LIMIT = Duration.ofSeconds(90);
    static final int ROUNDS = 10;

    @Test
    void kill9_during_ingest_keeps_every_acknowledged_article_whole() throws Exception {
        Path work = Workspace.fresh(WORK.resolve("kill"));
        Path store = work.resolve("store");
        Random random = new Random(20_240_901L);
        Set<String> acknowledged = new TreeSet<>();
        int killedMidway = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path batch = work.resolve("round-" + round + ".jsonl");
            List<String> ids = DemoCopies.write(batch, "kill-r" + round, 4);
            CliProcess p = CliProcess.start(work, List.of(), "ingest", "--store", store.toString(),
                "--commit-group", String.valueOf(1 + random.nextInt(3)), batch.toString());
            awaitLines(p, "stored ", random.nextInt(3));
            Thread.sleep(random.nextInt(300));
            if (p.isAlive()) {
                killedMidway++;
            }
            p.kill();
            List<String> acked = Workspace.storedIds(p.stdout());
            assertTrue(ids.containsAll(acked), "acknowledged ids come from this round: " + acked);
            acknowledged.addAll(acked);
        }
        assertTrue(killedMidway >= ROUNDS / 2, "most rounds were killed while running: " + killedMidway);

        StoreState crashed = StoreState.read(store);
        assertTrue(crashed.articleGraphs().keySet().containsAll(acknowledged),
            "every acknowledged article is present; missing: " + missing(acknowledged, crashed));
        StoreState clean = Workspace.cleanIngest(work.resolve("clean"), crashed.articleGraphs().keySet());
        Workspace.assertSameContent(clean, crashed);
        assertEquals(crashed.articleGraphs().keySet(), crashed.textIndexed(), "text index agrees with TDB2");
    }

    @Test
    void second_process_on_same_store_fails_fast_with_exit_3() throws Exception {
        Path work = Workspace.fresh(WORK.resolve("lock"));
        Path store = work.resolve("store");
        Path batch = work.resolve("first.jsonl");
        List<String> ids = DemoCopies.write(batch, "lock", 2);
        // Ingested in this JVM (whose annotation models are loaded once), handed to the store by restore in its own
        // JVM: a store opened here would stay locked by this JVM.
        Path scratch = work.resolve("scratch");
        assertEquals(0, Workspace.runHere("ingest", "--store", scratch.toString(), batch.toString()).exit());
        Path file = work.resolve("first.nq.gz");
        assertEquals(0, Workspace.runHere("backup", "--store", scratch.toString(), "--to", file.toString()).exit());
        assertEquals(0, CliProcess.run(work, LIMIT, "restore", "--store", store.toString(), file.toString()).exit());
        // A server holds the store for as long as it runs: the second process meets the lock deterministically.
        CliProcess first = CliProcess.start(work, List.of(), "serve", "--store", store.toString(), "--port", "0");
        awaitLines(first, "Sarhad serving on", 1);
        assertTrue(first.isAlive(), "server started: " + first.stderr());
        Path other = work.resolve("second.jsonl");
        DemoCopies.write(other, "second", 1);
        try {
            for (String[] args : List.of(new String[] {"ingest", "--store", store.toString(), other.toString()},
                new String[] {"query", "--store", store.toString(), "ASK {}"})) {
                long t0 = System.nanoTime();
                CliProcess.Result second = CliProcess.run(work, LIMIT, args);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(3, second.exit(), second.both());
                assertTrue(second.stderr().contains("lock") && second.stderr().contains(store.toString()),
                    "message names the lock and the store: " + second.stderr());
                assertTrue(millis < 15_000, "fails fast, took " + millis + " ms");
                assertTrue(first.isAlive(), "first process unaffected");
            }
        } finally {
            first.kill();
        }
        StoreState state = StoreState.read(store);
        assertEquals(new TreeSet<>(ids), state.articleGraphs().keySet(), "all of the first batch, none of the second");
    }

    @Test
    void backup_then_restore_gives_same_quads_and_report() throws Exception {
        Path work = Workspace.fresh(WORK.resolve("backup"));
        Path store = work.resolve("store");
        Path batch = work.resolve("batch.jsonl");
        DemoCopies.write(batch, "backup", 4);
        assertEquals(0, CliProcess.run(work, LIMIT, "ingest", "--store", store.toString(), batch.toString()).exit());
        Path file = work.resolve("store.nq.gz");
        CliProcess.Result backup = CliProcess.run(work, LIMIT, "backup", "--store", store.toString(), "--to", file.toString());
        assertEquals(0, backup.exit(), backup.both());
        Path restored = work.resolve("restored");
        CliProcess.Result restore = CliProcess.run(work, LIMIT, "restore", "--store", restored.toString(), file.toString());
        assertEquals(0, restore.exit(), restore.both());
        CliProcess.Result again = CliProcess.run(work, LIMIT, "restore", "--store", restored.toString(), file.toString());
        assertEquals(2, again.exit(), "restore refuses a non-empty store: " + again.both());
        assertTrue(again.stderr().contains("empty store"), again.stderr());

        StoreState before = StoreState.read(store);
        StoreState after = StoreState.read(restored);
        assertTrue(before.quads() > 1000, "a real store: " + before.quads());
        assertTrue(backup.stdout().contains(before.quads() + " quads"), backup.stdout());
        Workspace.assertSameContent(before, after);
        assertEquals(before.textIndexed(), after.textIndexed(), "restored text index finds the same articles");
    }

    static void awaitLines(CliProcess p, String prefix, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (p.isAlive() && p.linesStartingWith(prefix) < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static List<String> missing(Set<String> expected, StoreState s) {
        List<String> out = new ArrayList<>(expected);
        out.removeAll(s.articleGraphs().keySet());
        return out;
    }
}
