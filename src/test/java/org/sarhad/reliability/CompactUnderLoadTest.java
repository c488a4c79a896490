package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sarhad.store.StoreBackup;
import org.sarhad.store.StoreCompaction;
import org.sarhad.store.TdbArticleStore;

/**
 * R4: {@code compact} on a live store. Four readers and one writer run in this JVM before, during and after the
 * compaction; none may fail, writes go on on the new generation, and the old generation's disk space is given back.
 */
@Tag("slow")
class CompactUnderLoadTest {
    static final int INITIAL = 1000;
    static final int CHURN = 25;

    @Test
    void compaction_under_four_readers_and_a_writer_loses_nothing_and_frees_the_old_generation() throws Exception {
        Path work = Workspace.fresh(StoreFaultTest.WORK.resolve("compact-live"));
        Path dir = work.resolve("store");
        TdbArticleStore store = TdbArticleStore.open(dir);
        List<String> initial = SyntheticGraphs.ids("base", INITIAL);
        store.replaceGraphs(models(initial));
        churn(store, initial);
        long beforeBytes = DiskUsage.of(generation(dir, "Data-0001"));

        LiveLoad load = LiveLoad.start(store, 4);
        load.awaitWrites(5);
        long t0 = System.nanoTime();
        StoreCompaction.Result r = StoreCompaction.compact(store, true);
        long compactMillis = (System.nanoTime() - t0) / 1_000_000;
        long afterBytes = DiskUsage.of(generation(dir, "Data-0002"));
        int writtenAtSwitch = load.written().size();
        long readsAtSwitch = load.reads();
        load.awaitWrites(writtenAtSwitch + 10);
        load.stop();

        assertEquals(List.of(), load.errors(), "no reader or writer saw an exception");
        assertTrue(load.reads() > readsAtSwitch, "reads go on after compaction");
        assertEquals("Data-0001", r.from());
        assertEquals("Data-0002", r.to());
        assertEquals(List.of("Data-0002"), r.generations(), "one generation left");
        assertEquals(List.of("Data-0002"), generations(dir), "Data-0001 deleted, only Data-0002 on disk");

        Set<String> expected = new TreeSet<>();
        initial.forEach(id -> expected.add(SyntheticGraphs.graphName(id)));
        load.written().forEach(id -> expected.add(SyntheticGraphs.graphName(id)));
        StoreFacts facts = StoreFacts.of(store.dataset());
        assertEquals(expected, facts.graphs(), "every graph written before, during and after compaction");
        assertEquals((long) expected.size() * SyntheticGraphs.TRIPLES, facts.quads(), "quad count");
        assertEquals(expected.size(), facts.textHits(), "text index finds every article after compaction");

        long freshBytes = DiskUsage.of(generation(freshCopy(store, work), "Data-0001"));
        System.out.printf("compact-live: %d ms, %d reads, %d writes; Data-0001 %d KB, Data-0002 %d KB, fresh %d KB%n",
            compactMillis, load.reads(), load.written().size(), beforeBytes >> 10, afterBytes >> 10, freshBytes >> 10);
        assertTrue(beforeBytes > 2 * freshBytes, "the churn left garbage to reclaim: " + beforeBytes + " vs " + freshBytes);
        assertTrue(afterBytes < 1.5 * freshBytes, "compacted store about the size of a fresh copy: " + afterBytes
            + " vs " + freshBytes);
    }

    /** Rewrites the initial graphs in small transactions: each leaves replaced index blocks behind. */
    private static void churn(TdbArticleStore store, List<String> ids) {
        for (int i = 0; i < CHURN; i++) {
            int from = (i * 37) % (ids.size() - 30);
            store.replaceGraphs(models(ids.subList(from, from + 30)));
        }
    }

    private static Map<String, Model> models(List<String> ids) {
        Map<String, Model> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(SyntheticGraphs.graphName(id), SyntheticGraphs.article(id)));
        return out;
    }

    /** A store made by restoring a backup of {@code store}: the same data, written once. */
    private static Path freshCopy(TdbArticleStore store, Path work) {
        Path file = work.resolve("copy.nq.gz");
        StoreBackup.backup(store, file);
        Path dir = work.resolve("fresh");
        StoreBackup.restore(file, TdbArticleStore.open(dir));
        return dir;
    }

    private static Path generation(Path dir, String name) {
        Path g = dir.resolve(name);
        assertTrue(Files.isDirectory(g), g + " exists");
        return g;
    }

    static List<String> generations(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    /** The readers and the writer. */
    static final class LiveLoad {
        private final TdbArticleStore store;
        private final List<Thread> threads = new ArrayList<>();
        private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        private final List<String> written = new CopyOnWriteArrayList<>();
        private final AtomicLong reads = new AtomicLong();
        private volatile boolean running = true;

        private LiveLoad(TdbArticleStore store) {
            this.store = store;
        }

        static LiveLoad start(TdbArticleStore store, int readers) {
            LiveLoad load = new LiveLoad(store);
            for (int i = 0; i < readers; i++) {
                load.spawn("reader-" + i, load::read);
            }
            load.spawn("writer", load::write);
            return load;
        }

        private void spawn(String name, Runnable body) {
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    e.printStackTrace();
                    errors.add(e);
                }
            }, name);
            threads.add(t);
            t.start();
        }

        private void read() {
            long last = 0;
            while (running) {
                long n = StoreFacts.quadCount(store.dataset());
                if (n < last) {
                    throw new AssertionError(Thread.currentThread().getName() + " saw " + n + " quads after " + last);
                }
                last = n;
                reads.incrementAndGet();
            }
        }

        private void write() {
            for (int i = 0; running && i < 3000; i++) {
                String id = "live-" + i;
                store.replaceGraphs(models(List.of(id)));
                written.add(id);
            }
        }

        void awaitWrites(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (written.size() < n && errors.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(30));
            }
        }

        List<Throwable> errors() {
            return List.copyOf(errors);
        }

        List<String> written() {
            return List.copyOf(written);
        }

        long reads() {
            return reads.get();
        }
    }
}
