package org.sarhad.server.limits;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/** GROUP_CONCAT whose accumulated string stops at the value cap: a join can repeat a long literal millions of times. */
final class BoundedGroupConcat {
    private static final String DEFAULT_SEPARATOR = " ";

    private BoundedGroupConcat() {
    }

    static Aggregator of(Aggregator agg) {
        if (agg instanceof AggGroupConcat g && !(g instanceof All)) {
            return new All(g.getExprList().get(0), g.getSeparator());
        }
        if (agg instanceof AggGroupConcatDistinct g && !(g instanceof Distinct)) {
            return new Distinct(g.getExprList().get(0), g.getSeparator());
        }
        return agg;
    }

    private static final class All extends AggGroupConcat {
        private final String separator;

        All(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Bounded(getExpr(), separator, false);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new All(exprs.get(0), separator);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final String separator;

        Distinct(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Bounded(getExpr(), separator, true);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator);
        }
    }

    private static final class Bounded extends AccumulatorExpr {
        private final StringBuilder soFar = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Bounded(Expr expr, String separator, boolean distinct) {
            super(expr, distinct);
            this.separator = separator == null ? DEFAULT_SEPARATOR : separator;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            int added = (first ? 0 : separator.length()) + s.length();
            QueryBudget.of(env).charge("GROUP_CONCAT", soFar.length() + (long) added, added);
            if (!first) {
                soFar.append(separator);
            }
            soFar.append(s);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(soFar.toString());
        }
    }
}
