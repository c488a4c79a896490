package org.sarhad.federation;

import org.apache.jena.sparql.algebra.op.OpService;
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
        return chain.createExecution(opService, input, execCxt);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        allowList.requireAllowed(opExecute.getService());
        return chain.createExecution(opExecute, original, binding, execCxt);
    }
}
