package org.sarhad.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sarhad.article.Article;
import org.sarhad.reference.ReferenceData;

/**
 * Prints, per dev article, the predicted claims no gold claim matches and the gold claims no prediction matches, each
 * with its nearest counterpart's claimant, stance and quote overlap (token overlap as in score.py, exact-token only).
 * {@code ClaimDiagnostics}; the figures themselves come from score.py.
 */
public final class ClaimDiagnostics {
    private ClaimDiagnostics() {
    }

    public static void main(String[] args) throws Exception {
        Extractor x = Extractor.create(ReferenceData.dictionary("http://localhost:3030/"));
        List<JsonObject> gold = new ArrayList<>();
        for (String l : Files.readAllLines(EvalCorpus.DEV_GOLD, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                gold.add(JSON.parse(l));
            }
        }
        for (Article a : EvalCorpus.devArticles()) {
            JsonObject g = gold.stream().filter(o -> o.get("id").getAsString().value().equals(a.id())).findFirst()
                    .orElse(null);
            if (g != null) {
                report(a, x.extract(a).claims(), g.get("claims").getAsArray().stream().map(JsonValue::getAsObject)
                        .toList());
            }
        }
    }

    private static void report(Article a, List<Claim> predicted, List<JsonObject> gold) {
        System.out.println("== " + a.id());
        for (Claim c : predicted) {
            String q = c.quote().of(a.text());
            JsonObject best = null;
            double bq = -1;
            for (JsonObject g : gold) {
                double o = overlap(q, str(g, "quote"));
                if (o > bq) {
                    bq = o;
                    best = g;
                }
            }
            if (best == null || !matches(c, q, best)) {
                System.out.printf("  FP %s | %s | %.60s%n     nearest: %s%n", c.claimantText(), c.stance(), q,
                        best == null ? "-" : reason(c, q, best));
            }
        }
        for (JsonObject g : gold) {
            boolean found = predicted.stream().anyMatch(c -> matches(c, c.quote().of(a.text()), g));
            if (!found) {
                System.out.printf("  FN %s | %s | %.60s%n", str(g, "claimant"), str(g, "stance"), str(g, "quote"));
            }
        }
    }

    private static boolean matches(Claim c, String q, JsonObject g) {
        return who(c, g) >= 0.5 && stanceAgrees(c.stance().notation(), str(g, "stance")) && overlap(q, str(g, "quote")) >= 0.5
                && q.length() <= Math.max(3 * str(g, "quote").length(), 400);
    }

    private static String reason(Claim c, String q, JsonObject g) {
        return String.format("claimant %.2f (%s), stance %s/%s, quote %.2f, length %d/%d", who(c, g), str(g, "claimant"),
                c.stance().notation(), str(g, "stance"), overlap(q, str(g, "quote")), q.length(), str(g, "quote").length());
    }

    private static double who(Claim c, JsonObject g) {
        return Math.max(overlap(c.claimant().label(), str(g, "claimant")), overlap(c.claimantText(), str(g, "claimant")));
    }

    private static boolean stanceAgrees(String p, String g) {
        Set<String> refusal = Set.of("denies", "rejects");
        return p.equals(g) || refusal.contains(p) && refusal.contains(g);
    }

    static double overlap(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> small = ta.size() <= tb.size() ? ta : tb;
        Set<String> big = small == ta ? tb : ta;
        return small.stream().filter(big::contains).count() / (double) small.size();
    }

    private static Set<String> tokens(String s) {
        Set<String> stop = Set.of("the", "of", "a", "an", "and", "in", "on", "at", "for", "s");
        Set<String> out = new HashSet<>();
        for (String t : (s == null ? "" : s).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (t.length() > 1 && !stop.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? "" : v.getAsString().value();
    }
}
