package org.sarhad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sarhad.article.ArticleResult;
import org.sarhad.article.ArticleSources;
import org.sarhad.pipeline.Components;
import org.sarhad.pipeline.MappedArticle;

/**
 * Mapped dev articles, and copies of them under new ids: every IRI that contains the article's slug gets a suffix,
 * so copy k is a distinct article with distinct incidents and claims (names shared with reference data stay shared).
 */
final class SyntheticArticles {
    private final List<MappedArticle> templates;

    private SyntheticArticles(List<MappedArticle> templates) {
        this.templates = templates;
    }

    static SyntheticArticles map(Components c, Path jsonl) throws IOException {
        if (!Files.exists(jsonl)) {
            throw new IllegalArgumentException("missing " + jsonl);
        }
        List<MappedArticle> out = new ArrayList<>();
        ArticleSources.read(List.of(jsonl), (ArticleResult r) -> {
            if (r.ok()) {
                out.add(c.pipeline().process(r.article()));
            }
        });
        return new SyntheticArticles(out);
    }

    int size() {
        return templates.size();
    }

    /** Article {@code k}: template {@code k % size}, renamed when {@code k >= size}. */
    Graph article(int k) {
        MappedArticle t = templates.get(k % templates.size());
        if (k < templates.size()) {
            return t.graph().getGraph();
        }
        String id = t.article().id();
        String suffix = "-x" + k;
        Graph g = GraphFactory.createGraphMem();
        t.graph().getGraph().find().forEach((Triple tr) -> g.add(Triple.create(rename(tr.getSubject(), id, suffix),
            tr.getPredicate(), rename(tr.getObject(), id, suffix))));
        return g;
    }

    private static Node rename(Node n, String id, String suffix) {
        if (n.isURI() && n.getURI().contains("/" + id)) {
            return NodeFactory.createURI(n.getURI().replace("/" + id, "/" + id + suffix));
        }
        return n;
    }
}
