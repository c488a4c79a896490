package org.sarhad.store;

import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;

/**
 * Where validated article graphs go: the embedded TDB2 store or a remote SPARQL 1.1 store. Each
 * {@link #replaceGraph} is one transaction: afterwards the graph holds exactly {@code content}, or, on failure,
 * what it held before.
 */
public interface ArticleStore extends AutoCloseable {
    void replaceGraph(String graphName, Model content);

    /**
     * Replaces several graphs; a store that can, does it in one transaction (all or none), which lets a batch of
     * articles share one commit. The default replaces them one by one, each atomic.
     */
    default void replaceGraphs(Map<String, Model> graphs) {
        graphs.forEach(this::replaceGraph);
    }

    /**
     * Replaces several graphs and then runs {@code alongside}, which reads and writes the store: a store with
     * transactions runs both in one, so a crash keeps both or neither. The default runs it once the graphs are in.
     */
    default void replaceGraphs(Map<String, Model> graphs, Runnable alongside) {
        replaceGraphs(graphs);
        alongside.run();
    }

    /**
     * The base IRIs this store's data was minted under, read from its reference graphs (written at the first
     * ingest): empty for a new store, one base normally. A remote store does not say (empty).
     */
    default Set<String> recordedBases() {
        return Set.of();
    }

    /**
     * Whether the named graph holds exactly {@code content} (isomorphic: blank nodes may differ in label), so that
     * writing it again would change nothing. A store that cannot tell cheaply answers false.
     */
    default boolean holdsGraph(String graphName, Model content) {
        return false;
    }

    /** Number of triples in a named graph (0 when absent). */
    long graphSize(String graphName);

    @Override
    void close();
}
