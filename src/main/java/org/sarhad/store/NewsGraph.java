package org.sarhad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The TDB2 store on disk: one named graph per article plus the reference, ontology and gazetteer graphs;
 * queries see the union of all named graphs as their default graph, and {@code text:query} searches labels,
 * aliases, article text and quotes.
 *
 * <pre>
 * Dataset ds = NewsGraph.open(Path.of("target/store"));
 * </pre>
 */
public final class NewsGraph {
    /** Sub-directory of the store that holds the full-text index ({@link SearchIndex}). */
    public static final String TEXT_INDEX = "text-index";
    private static final Map<Path, Dataset> OPEN = new ConcurrentHashMap<>();

    private NewsGraph() {
    }

    /**
     * Opens (creating if needed) the TDB2 database in {@code dir}, wrapped with its full-text index in
     * {@code dir/text-index}: writes through this dataset update the index in the same transaction. One dataset per
     * directory in this JVM (TDB2 and Lucene each allow one connection), shared by every later call.
     */
    public static Dataset open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return OPEN.computeIfAbsent(dir.toAbsolutePath().normalize(), key -> connect(dir));
    }

    private static Dataset connect(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        JournalRepair.repair(dir);
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset indexed = SearchIndex.wrap(ds, dir.resolve(TEXT_INDEX));
        return DatasetFactory.wrap(new CompactionGate(indexed.asDatasetGraph()));
    }
}
