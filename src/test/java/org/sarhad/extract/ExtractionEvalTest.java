package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Scores the extractor on each shared dev set and on the seed with the project's scorer ({@code ../shared/eval/score.py})
 * over the events-csv / claims-csv cells, and fails below the level reached.
 */
@Tag("slow")
class ExtractionEvalTest {
    private static final Pattern LINE = Pattern.compile("matched (\\d+)|F1 ([0-9.]+)");
    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"dev, 0.90, 0.88, 0.64", "dev2, 0.91, 0.82, 0.75"})
    void eachDevSetScoresAtTheLevelReached(String set, double incident, double typed, double claim) throws Exception {
        Path articles = EvalCorpus.SHARED.resolve("eval/" + set + "_articles.jsonl");
        Path gold = EvalCorpus.SHARED.resolve("eval/" + set + "_gold.jsonl");
        assumeTrue(Files.exists(articles) && Files.exists(gold) && Files.exists(EvalCorpus.SCORER),
                "shared " + set + " set not found at ../shared/eval: skipping the extraction score");
        ReadingCsv csv = new ReadingCsv();
        for (Article a : EvalCorpus.articles(articles)) {
            csv.add(extractor.extract(a));
        }
        Map<String, Double> s = score(gold, csv);
        assertTrue(s.get("incident") >= incident, set + " incident F1 " + s);
        assertTrue(s.get("typed") >= typed, set + " typed incident F1 " + s);
        assertTrue(s.get("claim") >= claim, set + " claim F1 " + s);
    }

    @Test
    void seedIncidentsAndClaims() throws Exception {
        assumeTrue(Files.exists(EvalCorpus.SEED) && Files.exists(EvalCorpus.SEED_GOLD),
                "seed article or its gold not found under ../shared: skipping");
        Reading r = extractor.extract(EvalCorpus.seed());
        assertTrue(r.incidents().size() <= 4, "incidents " + r.incidents().size());
        assertTrue(r.claims().size() <= 17, "claims " + r.claims().size());
        ReadingCsv csv = new ReadingCsv();
        csv.add(r);
        Path gold = dir.resolve("seed_gold.jsonl");
        JsonObject g = JSON.read(EvalCorpus.SEED_GOLD.toString());
        Files.writeString(gold, JSON.toStringFlat(g) + "\n", StandardCharsets.UTF_8);
        Map<String, Double> s = score(gold, csv);
        assertTrue(s.get("incidentsMatched") >= 3 && s.get("claimsMatched") >= 14, "seed matched " + s);
    }

    private Map<String, Double> score(Path gold, ReadingCsv csv) throws IOException, InterruptedException {
        Path events = dir.resolve("events.csv");
        Path claims = dir.resolve("claims.csv");
        Files.writeString(events, csv.events(), StandardCharsets.UTF_8);
        Files.writeString(claims, csv.claims(), StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", EvalCorpus.SCORER.toString(), gold.toString(), events.toString(),
                    claims.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available to run score.py: " + e.getMessage());
            throw e;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "score.py timed out");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(out);
        return parse(out);
    }

    private static Map<String, Double> parse(String out) {
        Map<String, Double> m = new HashMap<>();
        for (String line : out.split("\n")) {
            Matcher x = LINE.matcher(line);
            if (line.startsWith("incidents:")) {
                while (x.find()) {
                    put(m, x, "incidentsMatched", "incident");
                }
            } else if (line.startsWith("incidents typed:")) {
                while (x.find()) {
                    put(m, x, null, "typed");
                }
            } else if (line.startsWith("claims:")) {
                while (x.find()) {
                    put(m, x, "claimsMatched", "claim");
                }
            }
        }
        return m;
    }

    private static void put(Map<String, Double> m, Matcher x, String matched, String f1) {
        if (x.group(1) != null && matched != null) {
            m.put(matched, Double.valueOf(x.group(1)));
        } else if (x.group(2) != null) {
            m.put(f1, Double.valueOf(x.group(2)));
        }
    }
}
