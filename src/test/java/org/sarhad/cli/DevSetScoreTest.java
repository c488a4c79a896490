package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product path end to end, scored the way outside checks score it: ingest the dev articles into TDB2, export
 * events-csv and claims-csv, run ../shared/eval/score.py. Fails when quality drops below the recorded level.
 */
class DevSetScoreTest {
    private static final Path EVAL = Path.of("../shared/eval");
    /** Floors a little under the figures measured when they were last raised (see README, Extraction quality). */
    static final double INCIDENT_F1 = 0.78;
    static final double TYPED_F1 = 0.77;
    static final double CLAIM_F1 = 0.71;

    @TempDir
    Path tmp;

    @Test
    void dev_set_scores_stay_at_or_above_the_recorded_level() throws Exception {
        assumeTrue(Files.isRegularFile(EVAL.resolve("score.py")), "../shared/eval not present");
        assumeTrue(python(), "python3 not installed");
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.run("ingest", "--store", store, EVAL.resolve("dev_articles.jsonl").toString());
        assertEquals(0, ingest.code(), "every dev article must be stored:\n" + ingest.out());
        CliTest.Run whole = CliTest.run("validate", "--store", store);
        assertEquals(0, whole.code(), "the whole store conforms, across articles too:\n" + whole.out());
        Path events = tmp.resolve("events.csv");
        Path claims = tmp.resolve("claims.csv");
        Files.writeString(events, CliTest.run("export", "--store", store, "--format", "events-csv").out());
        Files.writeString(claims, CliTest.run("export", "--store", store, "--format", "claims-csv").out());
        Process p = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(),
                EVAL.resolve("dev_gold.jsonl").toString(), events.toString(), claims.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Matcher m = Pattern.compile("summary: incident F1 ([0-9.]+), typed F1 ([0-9.]+), claim F1 ([0-9.]+)").matcher(out);
        assertTrue(m.find(), out);
        System.out.println("dev set (score.py):\n" + out);
        assertTrue(Double.parseDouble(m.group(1)) >= INCIDENT_F1, out);
        assertTrue(Double.parseDouble(m.group(2)) >= TYPED_F1, out);
        assertTrue(Double.parseDouble(m.group(3)) >= CLAIM_F1, out);
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
