package org.sarhad.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.article.ArticleSources;
import org.sarhad.extract.doc.Annotator;
import org.sarhad.extract.doc.Document;
import org.sarhad.extract.doc.Sentence;
import org.sarhad.extract.rules.Attribution;
import org.sarhad.extract.rules.ClaimFinder;
import org.sarhad.extract.rules.ClaimRuleEngine;
import org.sarhad.extract.rules.SentenceSplitter;

/**
 * Development aid, not a test: for each "article-id TAB quote" line of the second argument, prints the sentence of
 * the first argument's article holding the quote, its parse and the attributions the claim rules read off it.
 */
public final class MissDump {
    private MissDump() {
    }

    public static void main(String[] args) throws Exception {
        ClaimRuleEngine engine = ClaimRuleEngine.standard();
        List<Article> articles = new ArrayList<>();
        ArticleSources.read(List.of(Path.of(args[0])), r -> {
            if (r.article() != null) {
                articles.add(r.article());
            }
        });
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] f = line.split("\t", 2);
            Article a = articles.stream().filter(x -> x.id().equals(f[0])).findFirst().orElseThrow();
            String text = a.text();
            int at = text.indexOf(f[1]);
            Document d = Annotator.coreNlp().annotate(text, SentenceSplitter.split(text),
                    s -> ClaimFinder.furniture(text, s, a.title()), engine::mayFire);
            for (Sentence s : d.sentences()) {
                if (s.span().start() <= at && at < s.span().end()) {
                    System.out.println("== " + f[0] + " | " + f[1]);
                    System.out.println((s.furniture() ? "F " : s.parsed() ? "P " : "  ") + s.span().of(text));
                    System.out.println(AttributionDump.edges(s));
                    for (Attribution x : engine.read(s)) {
                        System.out.printf("   -> %s [%s] WHO=%s | WHAT=%s%n", x.rule().id(), x.stance(),
                                x.claimant().of(text), x.content().of(text));
                    }
                }
            }
        }
    }
}
