package org.sarhad.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sarhad.testing.CliProcess;
import org.sarhad.testing.DemoCopies;

/** Directories, acknowledgements and comparisons shared by the fault tests. */
final class Workspace {
    private static final Pattern STORED = Pattern.compile("^stored (\\S+) \\(", Pattern.MULTILINE);

    private Workspace() {
    }

    /** An empty directory (deleted first if present). */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** A copy of the directory tree {@code from} (a closed store) at {@code to}, which must not exist. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }

    /**
     * Waits (polling every millisecond, at most a minute) until {@code condition} holds or the process ends.
     *
     * @return whether the condition came true while the process was alive
     */
    static boolean awaitWhileAlive(CliProcess p, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    /** Whether any of {@code files} exists. */
    static BooleanSupplier exists(Path... files) {
        return () -> Stream.of(files).anyMatch(Files::exists);
    }

    /** Runs the command line in this JVM (stores it opens stay open here). */
    static CliProcess.Result runHere(String... args) {
        return CliProcess.inProcess(args);
    }

    /** Ids of the {@code stored ID (...)} lines of an ingest's stdout. */
    static List<String> storedIds(String stdout) {
        List<String> ids = new ArrayList<>();
        Matcher m = STORED.matcher(stdout);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * A store made by one uninterrupted ingest of the demo copies with these ids: the reference a faulted store is
     * compared with. Nothing is killed here, so it runs in this JVM, whose annotation models are loaded once.
     */
    static StoreState cleanIngest(Path work, Collection<String> ids) throws IOException {
        Path dir = fresh(work);
        Path batch = dir.resolve("clean.jsonl");
        DemoCopies.write(batch, new ArrayList<>(ids));
        CliProcess.Result r = runHere("ingest", "--store", dir.resolve("store").toString(), batch.toString());
        assertEquals(0, r.exit(), r.both());
        return StoreState.read(dir.resolve("store"));
    }

    /** Same graphs, each isomorphic (so the same triple count per article), same quad count, same SHACL report. */
    static void assertSameContent(StoreState expected, StoreState actual) {
        assertEquals(expected.graphs().keySet(), actual.graphs().keySet(), "same named graphs");
        expected.graphs().forEach((g, m) -> {
            assertEquals(m.size(), actual.graphs().get(g).size(), "triples in " + g);
            assertTrue(m.isIsomorphicWith(actual.graphs().get(g)), "same content in " + g);
        });
        assertEquals(expected.quads(), actual.quads(), "quad count");
        assertEquals(expected.report(), actual.report(), "SHACL report");
    }
}
