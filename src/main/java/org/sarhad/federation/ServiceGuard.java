package org.sarhad.federation;

import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * First link of the SERVICE executor chains: refuses an unlisted endpoint before the HTTP executor runs.
 * The single-binding link sees endpoints bound from variables at run time.
 */
final class ServiceGuard implements ChainingServiceExecutorBulk, ChainingServiceExecutor {
    private final ServiceAllowList allowList;

    ServiceGuard(ServiceAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
                                         ServiceExecutorBulk chain) {
        if (opService.getService().isURI()) {
            allowList.requireAllowed(opService.getService());
        }
        try {
            return chain.createExecution(opService, input, execCxt);
        } catch (QueryExceptionHTTP e) {
            throw asGatewayError(opService, e);
        }
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        allowList.requireAllowed(opExecute.getService());
        try {
            return chain.createExecution(opExecute, original, binding, execCxt);
        } catch (QueryExceptionHTTP e) {
            throw asGatewayError(opExecute, e);
        }
    }

    /**
     * A remote endpoint's redirect (not followed) would otherwise reach our client as our own 3xx without a
     * Location; it is a failed call of the remote endpoint, so 502.
     */
    private static QueryExceptionHTTP asGatewayError(OpService op, QueryExceptionHTTP e) {
        int status = e.getStatusCode();
        if (status < 300 || status >= 400) {
            return e;
        }
        return new QueryExceptionHTTP(502, "SERVICE <" + op.getService() + "> answered " + status
            + " (a redirect); redirects are not followed.");
    }
}
