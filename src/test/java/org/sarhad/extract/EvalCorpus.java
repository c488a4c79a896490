package org.sarhad.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sarhad.article.Article;

/** The shared evaluation texts, read from {@code ../shared} at test time (never copied into the repository). */
final class EvalCorpus {
    static final Path SHARED = Path.of("..", "shared");
    static final Path DEV_ARTICLES = SHARED.resolve("eval/dev_articles.jsonl");
    static final Path DEV_GOLD = SHARED.resolve("eval/dev_gold.jsonl");
    static final Path DEV2_ARTICLES = SHARED.resolve("eval/dev2_articles.jsonl");
    static final Path DEV2_GOLD = SHARED.resolve("eval/dev2_gold.jsonl");
    static final Path SEED = SHARED.resolve("seeds/000_084b21e3a6584c55.txt");
    static final Path SEED_GOLD = SHARED.resolve("eval/seed_gold.json");
    static final Path SCORER = SHARED.resolve("eval/score.py");

    private EvalCorpus() {
    }

    static List<Article> devArticles() throws IOException {
        return articles(DEV_ARTICLES);
    }

    /** The articles of a JSONL file of the dev-set schema (id, url, outlet, published, title, text). */
    static List<Article> articles(Path jsonl) throws IOException {
        List<Article> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            line++;
            if (!l.isBlank()) {
                JsonObject o = JSON.parse(l);
                out.add(new Article(str(o, "id"), str(o, "url"), str(o, "outlet"),
                        str(o, "published") == null ? null : LocalDate.parse(str(o, "published")), str(o, "title"),
                        str(o, "text"), jsonl + ":" + line));
            }
        }
        return out;
    }

    /** The seed article, published 2023-09-06 by Amu TV. */
    static Article seed() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        return new Article("amu-tajik-kevron-2023", "https://amu.tv/", "Amu TV", LocalDate.of(2023, 9, 6),
                "Tajikistan forces kill three terrorists who crossed border from Afghanistan", text, SEED.toString());
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }
}
