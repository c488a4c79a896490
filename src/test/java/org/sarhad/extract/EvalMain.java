package org.sarhad.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/** Writes the dev-set exports to a directory: {@code EvalMain target/eval}. */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/eval");
        Files.createDirectories(dir);
        Extractor x = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
        ReadingCsv dev = new ReadingCsv();
        for (Article a : EvalCorpus.devArticles()) {
            dev.add(x.extract(a));
        }
        Files.writeString(dir.resolve("events.csv"), dev.events(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims.csv"), dev.claims(), StandardCharsets.UTF_8);
        ReadingCsv seed = new ReadingCsv();
        seed.add(x.extract(EvalCorpus.seed()));
        Files.writeString(dir.resolve("seed_events.csv"), seed.events(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("seed_claims.csv"), seed.claims(), StandardCharsets.UTF_8);
    }
}
