package org.sarhad.server.limits;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL REGEX (and fn:matches) whose matching stops with a cancelled query instead of running to the end. */
final class BoundedRegex extends PatternFunction {
    BoundedRegex(ExprList args) {
        super(Tags.tagRegex, "REGEX", args, 2);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        return NodeValue.makeBoolean(pattern(args).matcher(CancellableText.of(text, QueryBudget.cancelSignal(env))).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs);
    }
}
