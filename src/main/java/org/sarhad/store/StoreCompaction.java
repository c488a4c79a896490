package org.sarhad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;

/**
 * Reclaims the disk space of replaced and deleted data. TDB2 never reuses that space, so a store that is written to
 * keeps growing; compaction copies the live data into the next generation directory ({@code DIR/Data-NNNN}) and
 * switches the open dataset over to it. Readers go on throughout; writers wait during the copy and then continue on the
 * new generation. TDB2 (5.x) copies into {@code Data-NNNN-tmp}, renames it once complete, and deletes a left-over
 * {@code -tmp} directory the next time the store opens, so a crash during compaction leaves the previous generation
 * in use. The text index is not touched: the data it indexes is the same.
 *
 * <pre>
 * StoreCompaction.Result r = StoreCompaction.compact(TdbArticleStore.open(dir), true);
 * </pre>
 */
public final class StoreCompaction {
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");

    private StoreCompaction() {
    }

    /**
     * What one compaction did.
     *
     * @param generations the {@code Data-NNNN} directories after compaction, oldest first
     * @param freeBefore usable bytes on the store's file system before compaction
     * @param freeAfter the same after compaction (TDB2 files are sparse, so this shows the space given back)
     */
    public record Result(String from, String to, List<String> generations, long freeBefore, long freeAfter) {
    }

    /**
     * Compacts {@code store} into a new generation; deletes the one it was using when {@code deleteOld}.
     *
     * @throws StoreUnavailableException when the disk cannot hold a second copy, or the copy fails (the store then
     *     still uses its previous generation)
     */
    public static Result compact(TdbArticleStore store, boolean deleteOld) {
        Path dir = store.directory();
        Path from = current(dir);
        long freeBefore = DiskSpace.usable(dir);
        // The new generation is at most as large as the current one.
        DiskSpace.requireFree(dir, size(from));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try {
            gate(dsg).exclusive(() -> DatabaseMgr.compact(switchable(dsg), deleteOld));
        } catch (JenaException | InternalError e) {
            throw new StoreUnavailableException("compaction of " + dir + " failed; the store still uses "
                + current(dir).getFileName() + ": " + e.getMessage(), e);
        }
        List<String> left = generations(dir).stream().map(p -> p.getFileName().toString()).toList();
        return new Result(from.getFileName().toString(), current(dir).getFileName().toString(), left, freeBefore,
            DiskSpace.usable(dir));
    }

    private static CompactionGate gate(DatasetGraph dsg) {
        if (dsg instanceof CompactionGate gate) {
            return gate;
        }
        throw new IllegalArgumentException("store not opened through NewsGraph.open: " + dsg.getClass().getName());
    }

    /** The TDB2 dataset under the gate and the text-index wrapper. */
    static DatasetGraphSwitchable switchable(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!(d instanceof DatasetGraphSwitchable) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        if (d instanceof DatasetGraphSwitchable tdb) {
            return tdb;
        }
        throw new IllegalArgumentException("not a TDB2 database on disk: " + dsg.getClass().getName());
    }

    /** The generation TDB2 uses: the highest-numbered {@code Data-NNNN} directory. */
    private static Path current(Path dir) {
        List<Path> all = generations(dir);
        if (all.isEmpty()) {
            throw new StoreUnavailableException("no Data-NNNN directory in " + dir, null);
        }
        return all.get(all.size() - 1);
    }

    private static List<Path> generations(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))
                .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int number(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring("Data-".length()));
    }

    /** Sum of the file lengths in a generation: at least the space it occupies (TDB2 files grow in 8 MB steps). */
    private static long size(Path generation) {
        try (Stream<Path> s = Files.walk(generation)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot read " + generation + ": " + e.getMessage(), e);
        }
    }
}
