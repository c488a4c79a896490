package org.sarhad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claim-rule fixtures kept as data, one runner for all of them: {@code extract/claims/<rule id>/<nn>-<what>.txt} holds
 * a short invented text about Ruritania, the {@code .json} beside it the claims that rule (and only that rule) must
 * read off it: {@code {"claims": [{"claimant": ..., "stance": ..., "quote": ...}]}}; an empty list means the rule
 * must not fire. Claims made by other rules are ignored. Every rule of {@code extract/claim-rules.ttl} needs at least
 * one positive and one negative case.
 *
 * <p>A case the engine does not read as it should yet stays in {@link #SKIP} with what the engine does instead; it is
 * reported as skipped, and fails once it passes so that its entry is removed.
 */
class ClaimRuleFixturesTest {
    private static final String FIXTURES = "extract/claims";
    private static final String RULES = "extract/claim-rules.ttl";
    private static final String RULE_NS = "https://w3id.org/sarhad/extract/rule#";

    /** Case path ({@code <rule id>/<nn>-<what>}) -> what the engine does instead of what the case expects. */
    static final Map<String, String> SKIP = Map.ofEntries(
            Map.entry("claim.citing/02-citing-statement",
                    "claim.citing does not fire; claim.speech gives the claim to Wire Daily, not to the NGC behind the "
                            + "statement"),
            Map.entry("claim.quoted-as/06-outlet-quoted-person-no-that",
                    "no quoted-as claim: the parser makes 'saying' a discourse dependent; claim.forward gives Wire Daily "
                            + "'Varga as saying the border was calm'"),
            Map.entry("claim.cited/02-report-by-that",
                    "claim.cited does not fire (the 'that' clause hangs under 'report'); claim.forward gives the claim to "
                            + "Wire Daily"),
            Map.entry("claim.speech/04-claimed-that",
                    "the quote stops at 'rifles left behind by the army': the parser hangs 'have reached the Valley Front' "
                            + "off 'claimed' as dep"),
            Map.entry("claim.speech/09-said-and-denied",
                    "one claim 'talks were going on and denied that any shots had been fired'; the denial goes to 'talks' "
                            + "(nsubj of the conjunct) and is dropped"),
            Map.entry("claim.forward/03-adjunct-after-verb",
                    "the quote starts right after the verb and keeps its adjunct: 'on Monday rebels and smugglers had "
                            + "crossed the river'"));

    /** One expected or actual claim, as the fixtures write it. */
    record Expected(String claimant, String stance, String quote) {
        @Override
        public String toString() {
            return "{claimant: \"" + claimant + "\", stance: " + stance + ", quote: \"" + quote + "\"}";
        }
    }

    static Stream<String> cases() {
        return caseFiles().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleReadsTheFixture(String id) throws IOException {
        Path txt = caseFiles().get(id);
        String rule = id.substring(0, id.indexOf('/'));
        String text = Files.readString(txt, StandardCharsets.UTF_8).strip();
        List<Expected> expected = expected(jsonOf(txt));
        List<Claim> all = Ruritania.claims(text);
        List<Expected> actual = all.stream().filter(c -> rule.equals(c.rule()))
                .map(c -> new Expected(c.claimantText(), c.stance().notation(), c.quote().of(text))).toList();
        boolean same = sorted(expected).equals(sorted(actual));
        String report = report(id, text, expected, actual, all);
        String reason = SKIP.get(id);
        if (reason != null) {
            if (same) {
                fail("SKIP entry is stale, the case passes now: remove \"" + id + "\" from ClaimRuleFixturesTest.SKIP\n"
                        + report);
            }
            abort("SKIP " + id + ": " + reason);
        }
        if (!same) {
            fail(report);
        }
    }

    /** Every rule has fixtures both ways, every fixture folder names a rule, and every skip names a case. */
    @Test
    void everyRuleHasPositiveAndNegativeFixtures() throws IOException {
        Set<String> rules = ruleIds();
        assertTrue(rules.size() > 1, "no claim rules read from " + RULES);
        Map<String, Path> files = caseFiles();
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String rule = e.getKey().substring(0, e.getKey().indexOf('/'));
            int[] n = counts.computeIfAbsent(rule, r -> new int[2]);
            n[expected(jsonOf(e.getValue())).isEmpty() ? 1 : 0]++;
        }
        List<String> problems = new ArrayList<>();
        for (String folder : folders()) {
            if (!rules.contains(folder)) {
                problems.add("fixture folder " + folder + " names no rule of " + RULES);
            }
        }
        for (String r : rules) {
            int[] n = counts.getOrDefault(r, new int[2]);
            if (n[0] == 0) {
                problems.add(r + " has no positive fixture (a case whose claims are not empty)");
            }
            if (n[1] == 0) {
                problems.add(r + " has no negative fixture (a case with \"claims\": [])");
            }
        }
        for (String s : SKIP.keySet()) {
            if (!files.containsKey(s)) {
                problems.add("SKIP names no fixture: " + s);
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    /** The ids of the claim rules: subjects of type rule:ClaimRule, by the local name after '#'. */
    static Set<String> ruleIds() throws IOException {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ClaimRuleFixturesTest.class.getClassLoader().getResourceAsStream(RULES)) {
            assertNotNull(in, RULES + " not on the classpath");
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        }
        Set<String> ids = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, m.createResource(RULE_NS + "ClaimRule"))
                .forEachRemaining(r -> ids.add(r.getURI().substring(r.getURI().indexOf('#') + 1)));
        return ids;
    }

    /** Case id -> its text file, over every rule folder. */
    static Map<String, Path> caseFiles() {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                        String name = f.getFileName().toString();
                        out.put(dir.getFileName() + "/" + name.substring(0, name.length() - 4), f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> folders() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path root() {
        URL url = ClaimRuleFixturesTest.class.getClassLoader().getResource(FIXTURES);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path src = Path.of("src/test/resources").resolve(FIXTURES);
        assertTrue(Files.isDirectory(src), "no claim fixtures on the classpath nor in " + src);
        return src;
    }

    private static Path jsonOf(Path txt) {
        String name = txt.getFileName().toString();
        Path json = txt.resolveSibling(name.substring(0, name.length() - 4) + ".json");
        assertTrue(Files.isRegularFile(json), "no expected claims beside " + txt + ": " + json.getFileName());
        return json;
    }

    private static List<Expected> expected(Path json) throws IOException {
        JsonObject o = JSON.parse(Files.readString(json, StandardCharsets.UTF_8));
        assertTrue(o.hasKey("claims") && o.get("claims").isArray(), json + ": needs a \"claims\" array");
        List<Expected> out = new ArrayList<>();
        for (JsonValue v : o.get("claims").getAsArray()) {
            JsonObject c = v.getAsObject();
            String stance = field(c, "stance", json);
            assertNotNull(Stance.ofNotation(stance), json + ": unknown stance " + stance);
            out.add(new Expected(field(c, "claimant", json), stance, field(c, "quote", json)));
        }
        return out;
    }

    private static String field(JsonObject c, String key, Path json) {
        assertTrue(c.hasKey(key) && c.get(key).isString(), json + ": a claim needs a string \"" + key + "\"");
        return c.get(key).getAsString().value();
    }

    private static List<String> sorted(List<Expected> claims) {
        return claims.stream().map(Expected::toString).sorted(Comparator.naturalOrder()).toList();
    }

    private static String report(String id, String text, List<Expected> expected, List<Expected> actual,
            List<Claim> all) {
        String rule = id.substring(0, id.indexOf('/'));
        return id + "\n  text:     " + text
                + "\n  expected (" + rule + "): " + lines(expected.stream().map(Expected::toString))
                + "\n  actual   (" + rule + "): " + lines(actual.stream().map(Expected::toString))
                + "\n  all claims: " + lines(all.stream().map(c -> c.rule() + " "
                        + new Expected(c.claimantText(), c.stance().notation(), c.quote().of(text))));
    }

    private static String lines(Stream<String> items) {
        List<String> l = items.toList();
        return l.isEmpty() ? "(none)" : l.stream().collect(Collectors.joining("\n      ", "\n      ", ""));
    }
}
