package org.sarhad.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/** The characters one query may still build, and its cancel signal, found through the evaluation context. */
final class QueryBudget {
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/sarhad/server#queryBudget");
    /** Used where no server installed a budget (local queries): only the per-value cap applies. */
    private static final QueryBudget UNBOUNDED = new QueryBudget(EvaluationLimits.DEFAULT_MAX_VALUE_CHARS, Long.MAX_VALUE);

    private final int maxValueChars;
    private final AtomicLong remaining;

    QueryBudget(int maxValueChars, long maxQueryChars) {
        this.maxValueChars = maxValueChars;
        this.remaining = new AtomicLong(maxQueryChars);
    }

    static QueryBudget of(FunctionEnv env) {
        Object b = env == null || env.getContext() == null ? null : env.getContext().get(SYMBOL);
        return b instanceof QueryBudget budget ? budget : UNBOUNDED;
    }

    /** The signal the query timeout sets, or null when the query has none. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env == null ? null : Context.getCancelSignal(env.getContext());
    }

    /** Refuses a value of {@code chars} characters before (or after) it is built, and counts it against the query. */
    void charge(String function, long chars) {
        charge(function, chars, chars);
    }

    /** A value growing to {@code valueChars} characters by {@code newChars}, as an aggregate builds one. */
    void charge(String function, long valueChars, long newChars) {
        if (valueChars > maxValueChars) {
            throw new QueryLimitException(function + " would build a string of " + valueChars
                + " characters; the limit is " + maxValueChars + ".");
        }
        if (remaining.addAndGet(-newChars) < 0) {
            throw new QueryLimitException("The query built more strings than its limit allows (" + function
                + "); ask for fewer or shorter values.");
        }
    }

    int maxValueChars() {
        return maxValueChars;
    }
}
