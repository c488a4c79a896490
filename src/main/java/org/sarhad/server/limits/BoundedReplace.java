package org.sarhad.server.limits;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL REPLACE (and fn:replace) that stops with a cancelled query and refuses to build a result past the value
 * cap: one short replacement per character of a long string multiplies its length.
 */
final class BoundedReplace extends PatternFunction {
    BoundedReplace(ExprList args) {
        super(Tags.tagReplace, "REPLACE", args, 3);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = pattern(args);
        QueryBudget budget = QueryBudget.of(env);
        String lexical = text.getLiteralLexicalForm();
        Matcher m = pattern.matcher(CancellableText.of(lexical, QueryBudget.cancelSignal(env)));
        String replaced = replaceAll(m, replacement, budget.maxValueChars());
        if (replaced == null || replaced.equals(lexical)) {
            return args.get(0);
        }
        budget.charge("REPLACE", replaced.length());
        String lang = text.getLiteralLanguage();
        return lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeNode(replaced, lang, (String) null);
    }

    /** Jena's REPLACE semantics (an empty match only at the start), refusing results past {@code max} characters. */
    private static String replaceAll(Matcher m, String replacement, int max) {
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(out, replacement);
                if (out.length() > max) {
                    throw new QueryLimitException("REPLACE would build a string of more than " + max
                        + " characters; the limit is " + max + ".");
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        return out == null ? null : m.appendTail(out).toString();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs);
    }
}
