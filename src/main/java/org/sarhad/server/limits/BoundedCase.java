package org.sarhad.server.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * UCASE and LCASE (and fn:upper-case, fn:lower-case) as Jena computes them, a short piece at a time. The JDK
 * copies its whole result so far for every character whose case form is longer (ß to SS, İ to i and a dot), so
 * one call on 600,000 of them ran for minutes, past any timeout, in code no cancel signal reaches. Per piece of
 * {@value #PIECE} characters that copying stays small, the cancel signal is read between pieces, and the result
 * is refused as soon as it passes the value cap. Pieces end after a space where one is near, so the only
 * context-dependent mapping (a final Greek sigma) sees its word whole in ordinary text.
 */
final class BoundedCase extends ExprFunction1 {
    static final int PIECE = 256;
    private static final int LOOK_BACK = 32;

    private final boolean upper;
    private final String label;

    BoundedCase(Expr arg, boolean upper, String label) {
        super(arg, label);
        this.upper = upper;
        this.label = label;
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral(label, v);
        QueryBudget budget = QueryBudget.of(env);
        String mapped = map(text.getLiteralLexicalForm(), budget.maxValueChars(), QueryBudget.cancelSignal(env));
        budget.charge(label, mapped.length());
        return NodeValue.makeNode(NodeFactory.createLiteral(mapped, text.getLiteralLanguage(),
            text.getLiteralDatatype()));
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return eval(v, null);
    }

    private String map(String s, int max, AtomicBoolean cancelled) {
        if (s.length() <= PIECE) {
            return convert(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int end = pieceEnd(s, i);
            out.append(convert(s.substring(i, end)));
            if (out.length() > max) {
                throw new QueryLimitException(label + " would build a string of more than " + max
                    + " characters; the limit is " + max + ".");
            }
            if (cancelled != null && cancelled.get()) {
                throw new QueryCancelledException();
            }
            i = end;
        }
        return out.toString();
    }

    /** Where the piece from {@code start} ends: after a nearby space, never inside a surrogate pair. */
    private static int pieceEnd(String s, int start) {
        int end = Math.min(s.length(), start + PIECE);
        if (end == s.length()) {
            return end;
        }
        for (int j = end; j > end - LOOK_BACK; j--) {
            if (Character.isWhitespace(s.charAt(j - 1))) {
                return j;
            }
        }
        return Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    }

    private String convert(String piece) {
        // The default locale, as Jena's own UCASE and LCASE use.
        return upper ? piece.toUpperCase() : piece.toLowerCase();
    }

    @Override
    public Expr copy(Expr expr) {
        return new BoundedCase(expr, upper, label);
    }
}
