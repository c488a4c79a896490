package org.sarhad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sarhad.iri.IriMinter;
import org.sarhad.pipeline.ArticleValidator;
import org.sarhad.pipeline.Components;
import org.sarhad.vocab.OA;
import org.sarhad.vocab.SARHAD;

/**
 * SHACL cost as the store grows: per-article validation ({@link ArticleValidator}) against full re-validation of
 * the whole store, at article 1, 1000, 2000, ..., N; and the oracle: per-article results equal the full report
 * restricted to the article's nodes, also after an edit and after deleting a node the article points to.
 * Run by {@code bench/shacl.sh}: {@code ShaclBench dev_articles.jsonl N out.md}.
 */
public final class ShaclBench {
    private final Components c = Components.create(IriMinter.DEFAULT_BASE);
    private final Graph context = GraphFactory.createGraphMem();
    private final Graph store = GraphFactory.createGraphMem();
    private final Map<Node, Integer> subjectArticles = new HashMap<>();
    private final List<String> rows = new ArrayList<>();
    private final List<String> oracle = new ArrayList<>();
    /** Full re-validation is skipped once one run took longer than this (it grows with the store). */
    private static final long FULL_CAP_MS = 90_000;
    private static final int SMALL = 100;
    private double lastFullMs;

    private ShaclBench() {
        c.reference().getGraph().find().forEach(context::add);
        c.ontology().getGraph().find().forEach(context::add);
        context.find().forEach(store::add);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        ShaclBench small = new ShaclBench();
        SyntheticArticles articles = SyntheticArticles.map(small.c, Path.of(args[0]));
        // Edit and delete cases on a small store (full validation of a large one takes minutes per run).
        small.grow(articles, Math.min(n, SMALL), new ArticleValidator(small.c.validator().shapes(), small.context));
        ShaclBench b = new ShaclBench();
        b.oracle.addAll(small.oracle);
        b.grow(articles, n, null);
        Files.writeString(Path.of(args[2]), b.markdown(n), StandardCharsets.UTF_8);
    }

    /** Adds n articles with checkpoints; with {@code editValidator}, ends with the edit and delete cases. */
    private void grow(SyntheticArticles articles, int n, ArticleValidator editValidator) {
        ArticleValidator perArticle = new ArticleValidator(c.validator().shapes(), context);
        Graph last = null;
        for (int k = 0; k < n; k++) {
            last = articles.article(k);
            add(last);
            if (editValidator == null && (k == 0 || (k + 1) % 1000 == 0 || k == n - 1)) {
                checkpoint(k + 1, perArticle, articles.article(articles.size() * (k + 1)), last);
            }
        }
        if (editValidator != null) {
            compare("after article " + n + " (small store)", perArticle.validate(last), c.validator().validate(store), last);
            editAndDelete(editValidator, last);
        }
    }

    private void add(Graph article) {
        subjects(article).forEach(s -> subjectArticles.merge(s, 1, Integer::sum));
        article.find().forEach(store::add);
    }

    /** Times the per-article validation of {@code probe} (always the same template, renamed) and a full run. */
    private void checkpoint(int k, ArticleValidator perArticle, Graph probe, Graph last) {
        double[] per = new double[5];
        for (int i = 0; i < per.length; i++) {
            long t0 = System.nanoTime();
            perArticle.validate(probe);
            per[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(per);
        if (lastFullMs > FULL_CAP_MS) {
            rows.add(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | skipped (previous run > %d s) | |",
                k, store.size(), per[2], per[0], per[4], FULL_CAP_MS / 1000));
            return;
        }
        long t0 = System.nanoTime();
        ValidationReport full = c.validator().validate(store);
        lastFullMs = (System.nanoTime() - t0) / 1e6;
        rows.add(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.0f | %.0f |", k, store.size(), per[2],
            per[0], per[4], lastFullMs, lastFullMs / per[2]));
        compare("after article " + k, perArticle.validate(last), full, last);
    }

    /**
     * Edit: drop the incident types of the last article, then garble an evidence span; delete: remove a reference place
     * its incidents point to.
     */
    private void editAndDelete(ArticleValidator perArticle, Graph article) {
        List<Triple> types = article.find(Node.ANY, SARHAD.incidentType.asNode(), Node.ANY).toList();
        types.forEach(t -> {
            article.delete(t);
            store.delete(t);
        });
        compare("edit: incident type removed (" + types.size() + " triples)", perArticle.validate(article),
            c.validator().validate(store), article);
        Node exact = OA.exact.asNode();
        List<Triple> spans = article.find(Node.ANY, exact, Node.ANY).toList();
        if (!spans.isEmpty()) {
            Triple span = spans.get(0);
            Triple wrong = Triple.create(span.getSubject(), exact, NodeFactory.createLiteralString("not in the text"));
            List.of(article, store).forEach(g -> {
                g.delete(span);
                g.add(wrong);
            });
            compare("edit: an evidence span's oa:exact changed", perArticle.validate(article),
                c.validator().validate(store), article);
        }
        List<Node> places = article.find(Node.ANY, SARHAD.place.asNode(), Node.ANY)
            .mapWith(Triple::getObject).filterKeep(p -> context.contains(p, Node.ANY, Node.ANY)).toList();
        if (!places.isEmpty()) {
            Node place = places.get(0);
            List<Triple> gone = context.find(place, Node.ANY, Node.ANY).toList();
            gone.forEach(t -> {
                context.delete(t);
                store.delete(t);
            });
            compare("delete: reference place " + place.getURI() + " removed", perArticle.validate(article),
                c.validator().validate(store), article);
        }
    }

    private void compare(String what, ValidationReport per, ValidationReport full, Graph article) {
        Set<Node> nodes = subjects(article);
        Set<String> perSet = keys(per, nodes);
        Set<String> fullSet = keys(full, nodes);
        Set<String> missed = new TreeSet<>(fullSet);
        missed.removeAll(perSet);
        Set<String> extra = new TreeSet<>(perSet);
        extra.removeAll(fullSet);
        Set<String> missedShared = new TreeSet<>();
        missed.removeIf(m -> subjectArticles.getOrDefault(nodeOf(m, nodes), 0) > 1 && missedShared.add(m));
        oracle.add(String.format(Locale.ROOT, "| %s | %d | %d | %s | %d |", what, perSet.size(), fullSet.size(),
            missed.isEmpty() && extra.isEmpty() ? "yes" : "NO: missed " + missed + " extra " + extra,
            missedShared.size()));
    }

    private static Node nodeOf(String key, Set<Node> nodes) {
        return nodes.stream().filter(n -> key.startsWith(n.toString() + " ")).findFirst().orElse(null);
    }

    private static Set<String> keys(ValidationReport r, Set<Node> nodes) {
        Set<String> out = new TreeSet<>();
        r.getEntries().stream().filter(e -> nodes.contains(e.focusNode())).forEach(e ->
            out.add(e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent().getLocalName()));
        return out;
    }

    private static Set<Node> subjects(Graph g) {
        Set<Node> s = new java.util.HashSet<>();
        g.find().forEach(t -> s.add(t.getSubject()));
        return s;
    }

    private String markdown(int n) {
        return "## Cost as the store grows (" + n + " articles)\n\n"
            + "| articles | triples in store | per-article ms (median of 5) | min | max | full re-validation ms"
            + " | full / per-article |\n|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n"
            + "## Oracle: per-article results = full report restricted to the article's nodes\n\n"
            + "| case | per-article results | full results on the article's nodes | equal on the article's own nodes"
            + " | full-only results on nodes shared with other articles |\n|---|---|---|---|---|\n"
            + String.join("\n", oracle) + "\n";
    }
}
