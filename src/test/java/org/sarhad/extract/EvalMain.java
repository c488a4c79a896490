package org.sarhad.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Writes the exports of each evaluation set (dev, dev2, seed) to a directory, for score.py and bench/rule-table.py:
 * {@code EvalMain OUTDIR} writes {@code SET-events.csv} and {@code SET-claims.csv}, with a trailing {@code rule}
 * column, and {@code seed-gold.jsonl} (score.py reads JSONL; the seed's gold is a single JSON object). The dev sets
 * are scored against their gold files under {@code ../shared/eval} as they are.
 */
public final class EvalMain {
    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/eval");
        Files.createDirectories(dir);
        Extractor x = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
        if (present("dev", EvalCorpus.DEV_ARTICLES, EvalCorpus.DEV_GOLD)) {
            write(x, dir, "dev", EvalCorpus.articles(EvalCorpus.DEV_ARTICLES));
        }
        if (present("dev2", EvalCorpus.DEV2_ARTICLES, EvalCorpus.DEV2_GOLD)) {
            write(x, dir, "dev2", EvalCorpus.articles(EvalCorpus.DEV2_ARTICLES));
        }
        if (present("seed", EvalCorpus.SEED, EvalCorpus.SEED_GOLD)) {
            write(x, dir, "seed", List.of(EvalCorpus.seed()));
            Files.writeString(dir.resolve("seed-gold.jsonl"),
                    JSON.toStringFlat(JSON.read(EvalCorpus.SEED_GOLD.toString())) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static boolean present(String set, Path... files) {
        for (Path f : files) {
            if (!Files.exists(f)) {
                System.out.println(set + ": skipped, " + f + " not found");
                return false;
            }
        }
        return true;
    }

    private static void write(Extractor x, Path dir, String set, List<Article> articles) throws IOException {
        ReadingCsv csv = new ReadingCsv(true);
        for (Article a : articles) {
            csv.add(x.extract(a));
        }
        Files.writeString(dir.resolve(set + "-events.csv"), csv.events(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(set + "-claims.csv"), csv.claims(), StandardCharsets.UTF_8);
        System.out.println(set + ": " + articles.size() + " articles -> " + dir.resolve(set + "-events.csv") + ", "
                + dir.resolve(set + "-claims.csv"));
    }
}
