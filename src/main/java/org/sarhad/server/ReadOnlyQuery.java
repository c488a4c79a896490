package org.sarhad.server;

import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.sarhad.federation.FederationException;

/**
 * The SPARQL query operation of the public endpoints: refuses unlisted SERVICE endpoints at parse time (400),
 * caps result rows, runs every query under the server's timeout (the client cannot raise it) and with bounded
 * regular expressions and string building, so the timeout also stops a query stuck inside one expression.
 */
final class ReadOnlyQuery extends SPARQL_QueryDataset {
    private final ServerSettings settings;

    ReadOnlyQuery(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            settings.serviceAllowList().check(query);
        } catch (FederationException e) {
            ServletOps.errorForbidden(e.getMessage());
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context context = action.getContext().copy();
        settings.serviceAllowList().install(context);
        settings.evaluationLimits().install(context);
        long millis = settings.queryTimeout().toMillis();
        return QueryExec.newBuilder().dataset(dataset).query(capped(query)).context(context)
            .timeout(millis, TimeUnit.MILLISECONDS).build();
    }

    /** SELECT, CONSTRUCT and DESCRIBE get at most {@code resultCap} rows; ASK is unaffected. */
    private Query capped(Query query) {
        int cap = settings.resultCap();
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= cap)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(cap);
        return copy;
    }
}
