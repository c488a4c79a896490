package org.sarhad.server.limits;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** Regex patterns as SPARQL REGEX and REPLACE compile them (Jena's Java-regex rules), compiled once when constant. */
final class Patterns {
    private Patterns() {
    }

    /** The pattern when it and its flags (null when absent) are constant strings, else null. */
    static Pattern constant(String label, Expr pattern, Expr flags) {
        if (!isString(pattern) || (flags != null && !isString(flags))) {
            return null;
        }
        return RegexEngine.makePattern(label, pattern.getConstant().getString(),
            flags == null ? null : flags.getConstant().getString());
    }

    /** The pattern from evaluated arguments; {@code flags} null when absent. */
    static Pattern evaluated(String label, NodeValue pattern, NodeValue flags) {
        return RegexEngine.makePattern(label, string(label, pattern), flags == null ? null : string(label, flags));
    }

    /** Argument {@code i} of {@code args}, or null past the end. */
    static <T> T optional(List<T> args, int i) {
        return args.size() > i ? args.get(i) : null;
    }

    private static String string(String label, NodeValue v) {
        return NodeValueOps.checkAndGetStringLiteral(label, v).getLiteralLexicalForm();
    }

    private static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }
}
