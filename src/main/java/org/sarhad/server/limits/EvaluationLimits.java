package org.sarhad.server.limits;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Per-query evaluation bounds.
 *
 * @param maxValueChars the longest string one expression may build (CONCAT, REPLACE, GROUP_CONCAT, ...)
 * @param maxQueryChars the characters all such expressions of one query may build together
 */
public record EvaluationLimits(int maxValueChars, long maxQueryChars) {
    /** Twice the longest article text the readers accept, so CONCAT over a whole article still works. */
    public static final int DEFAULT_MAX_VALUE_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_QUERY_CHARS = 32_000_000L;

    public EvaluationLimits {
        if (maxValueChars < 1 || maxQueryChars < maxValueChars) {
            throw new IllegalStateException("Evaluation limits must be positive with the per-query total at least the"
                + " per-value cap, not " + maxValueChars + " and " + maxQueryChars + ".");
        }
    }

    public static EvaluationLimits defaults() {
        return new EvaluationLimits(DEFAULT_MAX_VALUE_CHARS, DEFAULT_MAX_QUERY_CHARS);
    }

    /** A fresh budget in {@code context} and the algebra rewrite that uses it, before the standard optimizer. */
    public void install(Context context) {
        context.set(QueryBudget.SYMBOL, new QueryBudget(maxValueChars, maxQueryChars));
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> op ->
            standard.create(cxt).rewrite(BoundedExpressions.rewrite(op)));
    }
}
