package org.sarhad.reliability;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.sarhad.store.TdbArticleStore;

/**
 * The few facts about a store that show whether a crash lost or half-kept a transaction: quad count, graph names and
 * how many articles the text index finds. Lighter than {@link StoreState} for stores of thousands of graphs.
 */
record StoreFacts(long quads, Set<String> graphs, long textHits) {
    private static final String TEXT_HITS = "PREFIX text: <http://jena.apache.org/text#> "
        + "PREFIX sarhad: <https://w3id.org/sarhad/ontology#> "
        + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a text:query ('" + SyntheticGraphs.WORD + "' 1000000) ; a sarhad:Article }";

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    /** Opens the store in this JVM (where it then stays open) and reads its facts. */
    static StoreFacts read(Path dir) {
        try (TdbArticleStore store = TdbArticleStore.open(dir)) {
            return of(store.dataset());
        }
    }

    static StoreFacts of(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<String> graphs = new TreeSet<>();
            ds.listNames().forEachRemaining(graphs::add);
            return new StoreFacts(ds.asDatasetGraph().stream().count(), graphs, textHits(ds));
        });
    }

    /** {@code SELECT (COUNT(*) ...)} over every named graph, in its own read transaction. */
    static long quadCount(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(COUNT).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long textHits(Dataset ds) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(TEXT_HITS).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
