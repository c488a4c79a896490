package org.sarhad.store;

import org.apache.jena.rdf.model.Model;

/**
 * Where validated article graphs go: the embedded TDB2 store or a remote SPARQL 1.1 store. Each
 * {@link #replaceGraph} is one transaction: afterwards the graph holds exactly {@code content}, or, on failure,
 * what it held before.
 */
public interface ArticleStore extends AutoCloseable {
    void replaceGraph(String graphName, Model content);

    /** Number of triples in a named graph (0 when absent). */
    long graphSize(String graphName);

    @Override
    void close();
}
