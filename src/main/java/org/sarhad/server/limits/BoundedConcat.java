package org.sarhad.server.limits;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL CONCAT and fn:concat, refused before the result is built when it would pass the value cap: a chain of
 * CONCATs doubling a value reaches a billion characters in a few steps.
 */
final class BoundedConcat extends ExprFunctionN {
    private final boolean castsArguments;

    private BoundedConcat(ExprList args, boolean castsArguments) {
        super(Tags.tagConcat, args);
        this.castsArguments = castsArguments;
    }

    /** SPARQL's CONCAT: string literals only, language tags kept when they agree. */
    static BoundedConcat sparql(ExprList args) {
        return new BoundedConcat(args, false);
    }

    /** XPath's fn:concat: every argument cast to a string. */
    static BoundedConcat xpath(ExprList args) {
        return new BoundedConcat(args, true);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        long chars = 0;
        for (NodeValue v : args) {
            chars += v.asNode().isLiteral() ? v.asNode().getLiteralLexicalForm().length() : v.asString().length();
        }
        QueryBudget.of(env).charge("CONCAT", chars);
        return castsArguments ? XSDFuncOp.fnConcat(args) : XSDFuncOp.strConcat(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs, castsArguments);
    }
}
