package org.sarhad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sarhad.testing.CliProcess;
import org.sarhad.testing.DemoCopies;

/**
 * {@code ingest} as a person sees it: in a real terminal (tmux) a progress bar with total, percent, rate and ETA
 * that is gone once the summary is printed; piped, no bar and no control codes.
 */
@Tag("slow")
class ProgressTerminalTest {
    static final Path TMUX = Path.of("/usr/bin/tmux");
    static final Pattern BAR = Pattern.compile("\\[[=> ]+\\] \\d+/6 +\\d+%  [0-9.]+ articles/s  ETA \\d+:\\d\\d");

    @TempDir
    Path tmp;

    @Test
    void a_terminal_gets_a_bar_with_total_percent_rate_and_eta() throws Exception {
        assumeTrue(Files.isExecutable(TMUX), "tmux not installed: terminal check skipped (apt-get install -y tmux)");
        // One article per commit: articles are reported (and the bar moves) as their group becomes durable.
        Path input = tmp.resolve("six.jsonl");
        DemoCopies.write(input, "copy", 6);
        String session = "sarhad-progress-" + ProcessHandle.current().pid();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the JVM options CliProcess starts the command line with: the client compiler starts the models faster
        String command = java + " -Xmx1g -XX:TieredStopAtLevel=1 -Xshare:auto -cp " + cp
            + " org.sarhad.cli.Main ingest --commit-group 1 --store " + tmp.resolve("store") + " " + input
            + "; echo INGEST-DONE; sleep 60";
        Path script = Files.writeString(tmp.resolve("run.sh"), command + "\n", StandardCharsets.UTF_8);
        tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "40", "-e", "TERM=xterm", "bash " + script);
        try {
            List<String> bars = new ArrayList<>();
            String screen = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!screen.contains("INGEST-DONE") && System.nanoTime() < deadline) {
                screen = tmux("capture-pane", "-p", "-t", session);
                screen.lines().filter(l -> BAR.matcher(l).find()).forEach(bars::add);
                Thread.sleep(100);
            }
            assertTrue(screen.contains("6 stored, 0 rejected"), screen);
            assertFalse(bars.isEmpty(), "a bar was drawn while ingesting: " + screen);
            assertFalse(BAR.matcher(screen).find(), "the bar is cleared before the summary: " + screen);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    @Test
    void piped_output_has_no_bar_and_no_control_codes() throws Exception {
        Path input = tmp.resolve("two.jsonl");
        DemoCopies.write(input, "piped", 2);
        CliProcess.Result r = CliProcess.run(tmp.resolve("piped"), Duration.ofSeconds(180), "ingest", "--store",
            tmp.resolve("piped-store").toString(), input.toString());
        assertEquals(0, r.exit(), r.both());
        assertFalse(r.stdout().contains("\u001b") || r.stderr().contains("\u001b"), "no control codes: " + r.both());
        assertFalse(r.stderr().contains("articles/s"), "no bar: " + r.stderr());
        assertTrue(r.stdout().contains("2 stored, 0 rejected"), r.stdout());
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(TMUX.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "tmux answered");
        return out;
    }
}
