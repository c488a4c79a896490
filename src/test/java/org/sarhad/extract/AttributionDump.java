package org.sarhad.extract;

import java.nio.file.Path;
import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.article.ArticleSources;
import org.sarhad.extract.doc.Annotator;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.doc.Edge;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.rules.Attribution;
import org.sarhad.extract.rules.ClaimFinder;
import org.sarhad.extract.rules.ClaimRuleEngine;
import org.sarhad.extract.rules.SentenceSplitter;

/**
 * Development aid, not a test: prints every sentence of the articles whose id contains the second argument, with the
 * attributions the claim rules read off it ({@code -Dedges=true} adds the parse).
 */
public final class AttributionDump {
    private AttributionDump() {
    }

    /** The sentence's dependency edges as {@code rel(head,dependent)}, indented. */
    static String edges(Sentence s) {
        StringBuilder b = new StringBuilder("     ");
        for (Edge e : s.edges()) {
            b.append(e.relation()).append('(').append(e.head() < 0 ? "ROOT" : s.token(e.head()).word())
                    .append(',').append(s.token(e.dependent()).word()).append(") ");
        }
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        ClaimRuleEngine engine = ClaimRuleEngine.standard();
        boolean edges = Boolean.getBoolean("edges");
        List<Article> articles = new java.util.ArrayList<>();
        ArticleSources.read(List.of(Path.of(args[0])), r -> {
            if (r.article() != null) {
                articles.add(r.article());
            }
        });
        for (Article a : articles) {
            if (!a.id().contains(args[1])) {
                continue;
            }
            String text = a.text();
            Document d = Annotator.coreNlp().annotate(text, SentenceSplitter.split(text),
                    s -> ClaimFinder.furniture(text, s, a.title()), engine::mayFire);
            System.out.println("##### " + a.id());
            for (Sentence s : d.sentences()) {
                System.out.println((s.furniture() ? "F " : s.parsed() ? "P " : "  ") + s.span().of(text).replace('\n', ' '));
                if (edges && s.parsed()) {
                    System.out.println(edges(s));
                }
                for (Attribution at : engine.read(s)) {
                    System.out.printf("   -> %s [%s] WHO=%s | WHAT=%s%n", at.rule().id(), at.stance(), at.claimant().of(text),
                            at.content().of(text).replace('\n', ' '));
                }
            }
        }
    }
}
