package org.sarhad.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Link;

/**
 * Whether a query is a light lookup, judged from its algebra before it runs: at most {@value #MAX_PATTERNS} triple
 * patterns, each reaching a constant subject or object (directly or through a shared variable), all joined through
 * shared variables (two patterns that share only a constant, {@code <x> ?a ?b . <x> ?c ?d}, are a cross product
 * of that resource's statements, a million rows for a thousand statements), and no SERVICE,
 * property path, property function, EXISTS, regular expression (REGEX, REPLACE) or extension function. Everything
 * else may cost up to the timeout and takes one of the few heavy slots.
 */
final class QueryCost {
    static final int MAX_PATTERNS = 4;

    private final List<Triple> triples = new ArrayList<>();
    private int patterns;
    private boolean heavy;

    private QueryCost() {
    }

    static boolean isLight(Query query) {
        QueryCost cost = new QueryCost();
        cost.visit(Algebra.compile(query));
        return !cost.heavy && cost.patterns <= MAX_PATTERNS && allAnchored(cost.triples) && joined(cost.triples);
    }

    private void visit(Op op) {
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(QueryCost.this::pattern);
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getPattern().getList().stream().map(Quad::asTriple).forEach(QueryCost.this::pattern);
            }

            @Override
            public void visit(OpTriple triple) {
                pattern(triple.getTriple());
            }

            @Override
            public void visit(OpPath path) {
                heavy |= !(path.getTriplePath().getPath() instanceof P_Link);
                patterns++;
            }

            @Override
            public void visit(OpPropFunc f) {
                heavy = true;
            }

            @Override
            public void visit(OpService s) {
                heavy = true;
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                heavy = true;
            }

            @Override
            public void visit(ExprFunctionN f) {
                // A regular expression can backtrack for the whole timeout on a short string, with no pattern at all.
                heavy |= f instanceof E_Regex || f instanceof E_StrReplace || f instanceof E_Function;
            }
        });
    }

    private void pattern(Triple t) {
        patterns++;
        triples.add(t);
    }

    /**
     * Every pattern reaches a constant: it has a constant subject or object, or shares a variable with a pattern
     * that does (a star or a short chain out of one resource), so no pattern scans a whole predicate or the store.
     */
    private static boolean allAnchored(List<Triple> triples) {
        Set<Node> reached = new HashSet<>();
        List<Triple> left = new ArrayList<>(triples);
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = left.removeIf(t -> {
                boolean anchored = t.getSubject().isConcrete() || t.getObject().isConcrete()
                    || reached.contains(t.getSubject()) || reached.contains(t.getObject());
                if (anchored) {
                    reached.add(t.getSubject());
                    reached.add(t.getObject());
                }
                return anchored;
            });
        }
        return left.isEmpty();
    }

    /** Every pattern shares a variable with the others, directly or through a chain of patterns. */
    private static boolean joined(List<Triple> triples) {
        if (triples.size() < 2) {
            return true;
        }
        Set<Node> reached = new HashSet<>(variables(triples.get(0)));
        List<Triple> left = new ArrayList<>(triples.subList(1, triples.size()));
        boolean grew = true;
        while (grew && !left.isEmpty()) {
            grew = left.removeIf(t -> {
                List<Node> vars = variables(t);
                if (vars.stream().noneMatch(reached::contains)) {
                    return false;
                }
                reached.addAll(vars);
                return true;
            });
        }
        return left.isEmpty();
    }

    private static List<Node> variables(Triple t) {
        return java.util.stream.Stream.of(t.getSubject(), t.getPredicate(), t.getObject()).filter(Node::isVariable)
            .toList();
    }
}
