package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product path end to end, scored the way outside checks score it: ingest both dev sets into one TDB2 store,
 * export events-csv and claims-csv, run ../shared/eval/score.py once per set. Fails when a set's quality drops
 * below the floor recorded for it (a little under the figures in README, Extraction quality).
 */
@Tag("slow")
class DevSetScoreTest {
    private static final Path EVAL = Path.of("../shared/eval");
    private static final Pattern SUMMARY =
            Pattern.compile("summary: incident F1 ([0-9.]+), typed F1 ([0-9.]+), claim F1 ([0-9.]+)");

    private static final Pattern LINKS = Pattern.compile("same-event links: .* F1 ([0-9.]+)");

    /** Floors per set: incident F1, typed F1, claim F1, and same-event link F1 (this store has no gazetteer). */
    record Floor(String set, double incident, double typed, double claim, double links) {
    }

    static final List<Floor> FLOORS = List.of(new Floor("dev", 0.90, 0.88, 0.64, 0.82),
            new Floor("dev2", 0.91, 0.82, 0.75, 0.84));

    @TempDir
    Path tmp;

    @Test
    void each_dev_set_scores_at_or_above_its_recorded_level() throws Exception {
        assumeTrue(Files.isRegularFile(EVAL.resolve("score.py")), "../shared/eval not present");
        assumeTrue(python(), "python3 not installed");
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.run("ingest", "--store", store, EVAL.resolve("dev_articles.jsonl").toString(),
                EVAL.resolve("dev2_articles.jsonl").toString());
        assertEquals(0, ingest.code(), "every dev article must be stored:\n" + ingest.out());
        CliTest.Run whole = CliTest.run("validate", "--store", store);
        assertEquals(0, whole.code(), "the whole store conforms, across articles too:\n" + whole.out());
        Path events = tmp.resolve("events.csv");
        Path claims = tmp.resolve("claims.csv");
        Files.writeString(events, CliTest.run("export", "--store", store, "--format", "events-csv").out());
        Files.writeString(claims, CliTest.run("export", "--store", store, "--format", "claims-csv").out());
        List<String> below = new ArrayList<>();
        for (Floor f : FLOORS) {
            String out = score(EVAL.resolve(f.set() + "_gold.jsonl"), events, claims);
            Matcher m = SUMMARY.matcher(out);
            assertTrue(m.find(), out);
            System.out.println(f.set() + " (score.py):\n" + out);
            double incident = Double.parseDouble(m.group(1));
            double typed = Double.parseDouble(m.group(2));
            double claim = Double.parseDouble(m.group(3));
            Matcher l = LINKS.matcher(out);
            assertTrue(l.find(), "events-csv has its event column, so score.py scores the links:\n" + out);
            double links = Double.parseDouble(l.group(1));
            if (incident < f.incident() || typed < f.typed() || claim < f.claim() || links < f.links()) {
                below.add(f + " but measured " + incident + " / " + typed + " / " + claim + " / " + links);
            }
        }
        assertEquals(List.of(), below, "sets below their floor");
    }

    private static String score(Path gold, Path events, Path claims) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), gold.toString(),
                events.toString(), claims.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
