package org.sarhad.extract;

import java.nio.file.Path;
import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Development aid, not a test: {@code IncidentDump ARTICLES.jsonl ID-PREFIX} prints each incident the extractor reads
 * off the matching articles, with the text of every span of its evidence, to show which clauses made it.
 */
public final class IncidentDump {
    private IncidentDump() {
    }

    public static void main(String[] args) throws Exception {
        Extractor x = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
        List<Article> articles = EvalCorpus.articles(Path.of(args[0]));
        for (Article a : articles) {
            if (!a.id().startsWith(args[1])) {
                continue;
            }
            System.out.println("== " + a.id() + " published " + a.published());
            for (Incident i : x.extract(a).incidents()) {
                System.out.println(i.key() + " " + i.type() + " " + i.date().value() + " " + i.place() + " fatalities "
                        + i.fatalities() + " " + i.rule());
                for (Span s : i.evidence()) {
                    System.out.println("    | " + a.text().substring(s.start(), s.end()).replace('\n', ' '));
                }
            }
        }
    }
}
