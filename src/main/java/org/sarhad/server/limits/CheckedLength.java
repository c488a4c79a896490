package org.sarhad.server.limits;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Checks the string an expression built against the value cap after the fact. Only for functions whose result
 * is at most a few times their input (ENCODE_FOR_URI), so what is built before the check stays small.
 */
final class CheckedLength extends ExprFunction1 {
    private final String function;

    CheckedLength(Expr built, String function) {
        super(built, "checked-length");
        this.function = function;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        if (v.asNode().isLiteral()) {
            QueryBudget.of(env).charge(function, v.asNode().getLiteralLexicalForm().length());
        }
        return v;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    @Override
    public Expr copy(Expr expr) {
        return new CheckedLength(expr, function);
    }
}
