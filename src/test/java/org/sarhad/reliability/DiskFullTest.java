package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sarhad.testing.CliProcess;
import org.sarhad.testing.DemoCopies;

/**
 * R5: the store's disk fills up during an ingest. The store sits on its own size-capped tmpfs (needs root and
 * {@code mount}; skipped otherwise); "freeing space" is remounting it larger.
 */
@Tag("slow")
class DiskFullTest {
    static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void full_disk_stops_ingest_with_exit_3_and_keeps_committed_articles() throws Exception {
        Path work = Workspace.fresh(StoreFaultTest.WORK.resolve("disk-full"));
        Path mnt = Workspace.fresh(work.resolve("mnt")).toAbsolutePath();
        Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", mnt.toString()) == 0,
            "needs root and tmpfs mounts to cap the store's disk");
        try {
            Path store = mnt.resolve("store");
            Path batch = work.resolve("batch.jsonl");
            DemoCopies.write(batch, "full", 60);
            // Stop writing once less than 24 MB of the 40 MB are free: the guard, not a SIGBUS, ends the ingest.
            CliProcess.Result r = CliProcess.start(work, List.of("-Dsarhad.store.minFreeBytes=" + (24L << 20)),
                "ingest", "--store", store.toString(), "--commit-group", "4", batch.toString()).await(LIMIT);
            assertEquals(3, r.exit(), r.both());
            assertTrue(r.stderr().contains("store disk full") && r.stderr().contains("nothing written"), r.stderr());
            List<String> acked = Workspace.storedIds(r.stdout());
            assertTrue(acked.size() < 60, "the disk filled before the end: " + acked.size());

            assertEquals(0, sh("mount", "-o", "remount,size=512m", mnt.toString()), "remount larger");
            // Nothing fails any more: the next ingest runs in this JVM, which opens the store for the first time.
            CliProcess.Result more = Workspace.runHere("ingest", "--store", store.toString(), DemoCopies.DEMO.toString());
            assertEquals(0, more.exit(), "writes resume once there is room: " + more.both());
            StoreState state = StoreState.read(store);
            assertTrue(state.articleGraphs().keySet().containsAll(acked), "every acknowledged article is readable");
            StoreState clean = Workspace.cleanIngest(work.resolve("clean"), state.articleGraphs().keySet());
            Workspace.assertSameContent(clean, state);
            assertEquals(state.articleGraphs().keySet(), state.textIndexed(), "text index agrees with TDB2");
        } finally {
            sh("umount", "-l", mnt.toString());
        }
    }

    private static int sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
