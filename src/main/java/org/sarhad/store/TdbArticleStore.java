package org.sarhad.store;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** Article graphs in an embedded TDB2 database, one write transaction per graph. */
public final class TdbArticleStore implements ArticleStore {
    private final Dataset dataset;

    private TdbArticleStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** @throws StoreUnavailableException when the directory cannot be opened (e.g. locked by another process) */
    public static TdbArticleStore open(Path dir) {
        try {
            return new TdbArticleStore(NewsGraph.open(dir));
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public void replaceGraph(String graphName, Model content) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphName);
            dataset.addNamedModel(graphName, content);
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
