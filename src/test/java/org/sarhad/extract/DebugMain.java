package org.sarhad.extract;

import java.util.List;
import org.sarhad.article.Article;
import org.sarhad.extract.rules.Frame;
import org.sarhad.extract.rules.FrameReader;
import org.sarhad.extract.rules.Name;
import org.sarhad.extract.rules.NameFinder;
import org.sarhad.extract.rules.SentenceSplitter;
import org.sarhad.reference.ReferenceData;

/** Prints the frames and incidents of one article: {@code DebugMain article-id}. */
public final class DebugMain {
    private DebugMain() {
    }

    public static void main(String[] args) throws Exception {
        Dictionary dict = ReferenceData.dictionary("http://localhost:3030/");
        List<Article> all = new java.util.ArrayList<>(EvalCorpus.devArticles());
        all.add(EvalCorpus.seed());
        for (Article a : all) {
            if (!a.id().equals(args[0])) {
                continue;
            }
            List<Span> sentences = SentenceSplitter.split(a.text());
            List<Name> names = NameFinder.of(dict).find(a.text());
            for (Frame f : FrameReader.read(a.text(), sentences, names, a.published())) {
                if (f.triggers().isEmpty()) {
                    continue;
                }
                System.out.println("S" + f.sentence() + " " + f.triggers().stream().map(t -> t.kind() + ":" + t.word()).toList()
                        + " P=" + f.places().stream().map(Name::text).toList() + " D=" + f.dates().stream()
                        .map(d -> d.value().value() + "/" + d.value().text()).toList() + " new=" + f.newEvent()
                        + " | " + f.span().of(a.text()).replace('\n', ' '));
            }
            for (Incident i : Extractor.create(dict).extract(a).incidents()) {
                System.out.println(i.key() + " " + i.type() + " " + i.date().value() + " " + i.place() .admin1() + "/"
                        + i.place().admin2() + "/" + i.place().location() + " fat=" + i.fatalities() + " ev="
                        + i.evidence().size() + " prec=" + i.precededBy());
            }
        }
    }
}
