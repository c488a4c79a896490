package org.sarhad.federation;

import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Finds SERVICE clauses hidden in {@code FILTER EXISTS} / {@code NOT EXISTS} patterns. */
final class ServiceInExpressions extends ExprVisitorBase {
    private final ServiceAllowList allowList;

    ServiceInExpressions(ServiceAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public void visit(ExprFunctionOp funcOp) {
        Walker.walk(funcOp.getGraphPattern(), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                allowList.requireAllowed(op.getService());
            }
        }, this);
    }
}
