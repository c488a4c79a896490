package org.sarhad.extract.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sarhad.extract.Span;

/**
 * One sentence of an annotated article: tokens with tags and lemmas, and its dependency parse when the sentence was
 * parsed (page furniture and sentences no rule can use are tagged only). Immutable.
 */
public final class Sentence {
    private final int index;
    private final Span span;
    private final List<Token> tokens;
    private final List<Edge> edges;
    private final boolean furniture;
    /** Tree parent of each token (-1 for the root or when unparsed): the first non-root edge listed for it. */
    private final int[] parent;

    /**
     * @param index     position in the article, from 0
     * @param span      its offsets in the article text
     * @param tokens    the tokens, in order
     * @param edges     dependency edges, basic tree edges first (empty when not parsed)
     * @param furniture a headline, caption or page furniture: neither evidence nor claim
     */
    public Sentence(int index, Span span, List<Token> tokens, List<Edge> edges, boolean furniture) {
        this.index = index;
        this.span = span;
        this.tokens = List.copyOf(tokens);
        this.edges = List.copyOf(edges);
        this.furniture = furniture;
        this.parent = new int[tokens.size()];
        Arrays.fill(parent, -2);
        for (Edge e : this.edges) {
            if (e.dependent() < parent.length && parent[e.dependent()] == -2) {
                parent[e.dependent()] = e.head();
            }
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = Math.max(parent[i], -1);
        }
    }

    public int index() {
        return index;
    }

    public Span span() {
        return span;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Edge> edges() {
        return edges;
    }

    public boolean furniture() {
        return furniture;
    }

    public boolean parsed() {
        return !edges.isEmpty();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Tree parent of token {@code i}, or -1. */
    public int parent(int i) {
        return parent[i];
    }

    /** Dependents of token {@code head} by relation (or its subtypes), in edge order. */
    public List<Token> children(int head, String relation) {
        List<Token> out = new ArrayList<>();
        for (Edge e : edges) {
            if (e.head() == head && e.dependent() != head && e.is(relation)) {
                out.add(tokens.get(e.dependent()));
            }
        }
        return out;
    }

    public boolean has(int head, String relation) {
        return !children(head, relation).isEmpty();
    }

    /** Whether {@code node} lies in the tree under {@code root} (itself included). */
    public boolean dominates(int root, int node) {
        int steps = 0;
        for (int at = node; at >= 0 && steps <= parent.length; at = parent[at], steps++) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the tree under {@code root}, without the direct dependents whose edge {@code dropTop} accepts
     * and without any token under an {@code excluded} node (each with its own subtree).
     */
    public BitSet subtree(int root, Predicate<Edge> dropTop, BitSet excluded) {
        BitSet in = new BitSet(tokens.size());
        for (int t = 0; t < tokens.size(); t++) {
            if (dominates(root, t) && !underExcluded(t, root, excluded)) {
                in.set(t);
            }
        }
        for (Edge e : edges) {
            if (e.head() == root && parent[e.dependent()] == root && dropTop.test(e)) {
                for (int t = in.nextSetBit(0); t >= 0; t = in.nextSetBit(t + 1)) {
                    if (dominates(e.dependent(), t)) {
                        in.clear(t);
                    }
                }
            }
        }
        return in;
    }

    private boolean underExcluded(int t, int root, BitSet excluded) {
        int steps = 0;
        for (int at = t; at >= 0 && at != root && steps <= parent.length; at = parent[at], steps++) {
            if (excluded.get(at)) {
                return true;
            }
        }
        return root == t && excluded.get(t);
    }

    /** The character extent from the first to the last of {@code set}'s tokens, or null when it is empty. */
    public Span extent(BitSet set) {
        int first = set.nextSetBit(0);
        if (first < 0) {
            return null;
        }
        int last = set.previousSetBit(tokens.size() - 1);
        return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    /** The token covering {@code offset}, if any. */
    /** The tokens lying inside {@code span}, in order. */
    public List<Token> tokensIn(Span span) {
        return tokens.stream().filter(t -> span.contains(t.span())).toList();
    }

    public Optional<Token> tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.span().start() <= offset && offset < t.span().end()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
