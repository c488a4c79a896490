package org.sarhad.store;

import java.util.Objects;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;

/**
 * Article graphs in a remote SPARQL 1.1 store: each graph is replaced with one Graph Store Protocol PUT, which a
 * conforming store applies atomically. {@code url} is the dataset URL ({@code http://host:3030/ds}), whose
 * {@code /data}, {@code /query} services are used.
 */
public final class RemoteArticleStore implements ArticleStore {
    private final RDFConnection conn;
    private final String url;

    private RemoteArticleStore(RDFConnection conn, String url) {
        this.conn = conn;
        this.url = url;
    }

    /** Connects and checks the store answers a query, so an unreachable store fails before any article is read. */
    public static RemoteArticleStore connect(String url) {
        Objects.requireNonNull(url, "url");
        RDFConnection c = RDFConnectionRemote.service(url).queryEndpoint("query").gspEndpoint("data").build();
        try (QueryExecution qe = c.query("ASK {}")) {
            qe.execAsk();
        } catch (RuntimeException e) {
            c.close();
            throw new StoreUnavailableException("remote store " + url + " does not answer: " + e.getMessage(), e);
        }
        return new RemoteArticleStore(c, url);
    }

    @Override
    public void replaceGraph(String graphName, Model content) {
        try {
            conn.put(graphName, content);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("remote store " + url + " refused graph " + graphName + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public long graphSize(String graphName) {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g = ?target) }";
        var pq = new org.apache.jena.query.ParameterizedSparqlString(q);
        pq.setIri("target", graphName);
        try (QueryExecution qe = conn.query(pq.asQuery())) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Override
    public void close() {
        conn.close();
    }
}
