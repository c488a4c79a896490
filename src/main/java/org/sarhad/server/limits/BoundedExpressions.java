package org.sarhad.server.limits;

import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Rewrites a query's algebra to the bounded operators: REGEX, REPLACE, CONCAT, UCASE, LCASE and their XPath forms,
 * GROUP_CONCAT, and a length check after ENCODE_FOR_URI, which grows a string by a small factor. The other string
 * functions (SUBSTR, STRBEFORE, STRAFTER, STR, STRLANG, STRDT, IRI) return at most what they are given, which was
 * bounded where it was built. Everything else is left as it is.
 */
final class BoundedExpressions extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    static Op rewrite(Op op) {
        return Transformer.transform(new Aggregates(), new BoundedExpressions(), op);
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
            return new BoundedRegex(args);
        }
        if (func instanceof E_StrReplace) {
            return new BoundedReplace(args);
        }
        if (func instanceof E_StrConcat) {
            return BoundedConcat.sparql(args);
        }
        if (func instanceof E_Function f) {
            switch (f.getFunctionIRI()) {
                case FN + "matches":
                    return new BoundedRegex(args);
                case FN + "replace":
                    return new BoundedReplace(args);
                case FN + "concat":
                    return BoundedConcat.xpath(args);
                case FN + "encode-for-uri":
                    return new CheckedLength(super.transform(func, args), f.getFunctionIRI());
                case FN + "upper-case", FN + "lower-case":
                    return new BoundedCase(args.get(0), f.getFunctionIRI().endsWith("upper-case"), f.getFunctionIRI());
                default:
                    break;
            }
        }
        return super.transform(func, args);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        if (func instanceof E_StrUpperCase || func instanceof E_StrLowerCase) {
            return new BoundedCase(arg, func instanceof E_StrUpperCase, func.getFunctionSymbol().getSymbol());
        }
        Expr copy = super.transform(func, arg);
        if (func instanceof E_StrEncodeForURI) {
            return new CheckedLength(copy, func.getFunctionSymbol().getSymbol());
        }
        return copy;
    }

    /** GROUP BY aggregates live in the operator, not in an expression the expression transform visits. */
    private static final class Aggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup op, Op sub) {
            List<ExprAggregator> aggs = op.getAggregators().stream()
                .map(a -> new ExprAggregator(a.getVar(), BoundedGroupConcat.of(a.getAggregator()))).toList();
            return OpGroup.create(sub, op.getGroupVars(), aggs);
        }
    }
}
