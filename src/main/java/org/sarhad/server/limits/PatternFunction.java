package org.sarhad.server.limits;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/** A function whose second argument is a regex pattern and argument {@code flagsAt} its optional flags. */
abstract class PatternFunction extends ExprFunctionN {
    private final String label;
    private final int flagsAt;
    private final Pattern constant;

    PatternFunction(String name, String label, ExprList args, int flagsAt) {
        super(name, args);
        this.label = label;
        this.flagsAt = flagsAt;
        this.constant = Patterns.constant(label, args.get(1), Patterns.optional(args.getList(), flagsAt));
    }

    /** The pattern compiled once when constant, else from this row's arguments. */
    final Pattern pattern(List<NodeValue> args) {
        return constant != null ? constant : Patterns.evaluated(label, args.get(1), Patterns.optional(args, flagsAt));
    }

    /** Only constant folding calls this, with no cancel signal to watch: refusing leaves the match to run time. */
    @Override
    public final NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException(label + " is evaluated at run time, under the query's timeout");
    }
}
