package org.sarhad.store;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.sarhad.iri.IriMinter;
import java.util.TreeSet;
import java.util.Set;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;

/**
 * Article graphs in an embedded TDB2 database. Each {@link #replaceGraphs} call is one write transaction: all of
 * its graphs are stored whole, or none is. Before writing it checks the disk has room ({@link DiskSpace}) and marks
 * the text index as possibly behind until both TDB2 and Lucene have committed ({@link PendingIndexMarker}).
 */
public final class TdbArticleStore implements ArticleStore {
    private final Dataset dataset;
    private final Path dir;
    private final PendingIndexMarker pending;
    /** Where triples with no text-indexed predicate go: under the text-index wrapper, in the same transaction. */
    private final DatasetGraph belowIndex;

    private TdbArticleStore(Dataset dataset, Path dir) {
        this.dataset = dataset;
        this.belowIndex = belowTextIndex(dataset.asDatasetGraph());
        this.dir = dir;
        this.pending = PendingIndexMarker.forIndex(dir.resolve(NewsGraph.TEXT_INDEX));
    }

    /** @throws StoreUnavailableException when the directory cannot be opened (e.g. locked by another process) */
    public static TdbArticleStore open(Path dir) {
        try {
            return new TdbArticleStore(NewsGraph.open(dir), dir);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> recordedBases() {
        return Txn.calculateRead(dataset, () -> {
            Set<String> bases = new TreeSet<>();
            dataset.listModelNames().forEachRemaining(g -> IriMinter.baseOfReferenceGraph(g.getURI()).ifPresent(bases::add));
            return Set.copyOf(bases);
        });
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void replaceGraph(String graphName, Model content) {
        replaceGraphs(Map.of(graphName, content));
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs) {
        replaceGraphs(graphs, () -> { });
    }

    @Override
    public void replaceGraphs(Map<String, Model> graphs, Runnable alongside) {
        DiskSpace.requireFree(dir);
        pending.set();
        try {
            Txn.executeWrite(dataset, () -> {
                graphs.forEach(this::replace);
                alongside.run(); // a nested Txn on this dataset joins this transaction
            });
        } catch (InternalError | JenaException e) {
            // InternalError: a mapped write hit a full disk (SIGBUS). The transaction was aborted; the marker stays,
            // so the next open rebuilds the text index in case TDB2 committed and Lucene did not.
            throw new StoreUnavailableException("write to store " + dir + " failed, transaction aborted"
                + " (disk full?): " + e.getMessage(), e);
        }
        pending.clear();
    }

    /**
     * Removal goes through the text-index wrapper (it deletes the graph's index entries). Of the new triples only
     * those with an indexed predicate do: the wrapper checks every added quad against the store first, and for the
     * other ~95% that lookup is pure cost; they go straight to TDB2 in the same transaction.
     */
    private void replace(String name, Model content) {
        dataset.removeNamedModel(name);
        DatasetGraph indexed = dataset.asDatasetGraph();
        Node g = NodeFactory.createURI(name);
        content.getGraph().find().forEach(t -> {
            DatasetGraph target = SearchIndex.PREDICATES.contains(t.getPredicate()) ? indexed : belowIndex;
            target.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    /** The dataset under the text-index wrapper (the same transaction); the dataset itself when there is none. */
    private static DatasetGraph belowTextIndex(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d instanceof DatasetGraphWrapper w; d = w.getWrapped()) {
            if (d instanceof DatasetGraphText) {
                return w.getWrapped();
            }
        }
        return dsg;
    }

    /** Reads the stored graph into memory first: matching blank nodes probes it many times over. */
    @Override
    public boolean holdsGraph(String graphName, Model content) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphName)) {
                return false;
            }
            Model stored = dataset.getNamedModel(graphName);
            return stored.size() == content.size()
                && ModelFactory.createDefaultModel().add(stored).isIsomorphicWith(content);
        });
    }

    @Override
    public long graphSize(String graphName) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graphName)
                ? dataset.getNamedModel(graphName).size() : 0L);
    }

    /**
     * Leaves the dataset open: it is the JVM-wide handle of this store (TDB2 keeps one connection per location and
     * Lucene one writer per index), shared with any later {@link #open} in the same JVM. Every commit is already
     * durable.
     */
    @Override
    public void close() {
        // nothing to release per use
    }
}
