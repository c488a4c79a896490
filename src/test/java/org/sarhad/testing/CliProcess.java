package org.sarhad.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sarhad.cli.Main;
import picocli.CommandLine;

/**
 * The command line ({@code org.sarhad.cli.Main}) in its own JVM, so a test can kill it, lock against it or run it
 * out of disk. stdout and stderr go to files in {@code workDir}.
 */
public final class CliProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code Main args...} with room for the annotation models (1 GB); {@code jvmProps} are {@code -Dk=v} options. */
    public static CliProcess start(Path workDir, List<String> jvmProps, String... args) throws IOException {
        Files.createDirectories(workDir);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.addAll(jvmProps);
        cmd.addAll(List.of("-cp", cp, "org.sarhad.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new CliProcess(p, out, err);
    }

    /** Runs to completion (at most {@code limit}) and returns exit code and output. */
    public static Result run(Path workDir, Duration limit, String... args) throws IOException, InterruptedException {
        return start(workDir, List.of(), args).await(limit);
    }

    public Result await(Duration limit) throws IOException, InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new IllegalStateException("command did not finish within " + limit + "; stderr: " + stderr());
        }
        return new Result(process.exitValue(), stdout(), stderr());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (kill -9): no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** Lines of stdout starting with {@code prefix} so far. */
    public long linesStartingWith(String prefix) throws IOException {
        return stdout().lines().filter(l -> l.startsWith(prefix)).count();
    }

    /** Runs the command line in this JVM (stores it opens stay open here); for exit codes and output without a fork. */
    public static Result inProcess(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Exit code and the two output streams of a finished command. */
    public record Result(int exit, String stdout, String stderr) {
        public String both() {
            return "exit " + exit + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
