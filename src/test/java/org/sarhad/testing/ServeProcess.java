package org.sarhad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** {@code serve} in its own JVM on a free port, returned once it says it is serving; closing kills it. */
public final class ServeProcess implements AutoCloseable {
    private final CliProcess process;
    private final int port;

    private ServeProcess(CliProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve --store store --port <free> extraArgs...} and waits (at most 90 s) for its banner. */
    public static ServeProcess start(Path workDir, List<String> jvmProps, Path store, String... extraArgs)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--port", String.valueOf(port)));
        args.addAll(List.of(extraArgs));
        CliProcess p = CliProcess.start(workDir, jvmProps, args.toArray(String[]::new));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!p.stdout().contains("Sarhad serving on") && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (!p.stdout().contains("Sarhad serving on")) {
            p.kill();
        }
        assertTrue(p.stdout().contains("Sarhad serving on"), p.stderr());
        return new ServeProcess(p, port);
    }

    /**
     * A store holding the articles of a TriG resource, made by {@code restore} in its own JVM: a store opened in
     * the test's JVM would stay locked against the server.
     */
    public static Path restoredStore(Path tmp, String trigResource) throws IOException, InterruptedException {
        Path store = tmp.resolve("store");
        Path backup = tmp.resolve("fixture.nq.gz");
        Dataset ds = RDFDataMgr.loadDataset(trigResource);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(backup))) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }
        CliProcess.Result r = CliProcess.run(tmp.resolve("restore"), Duration.ofSeconds(120), "restore", "--store",
            store.toString(), backup.toString());
        assertEquals(0, r.exit(), r.both());
        return store;
    }

    public int port() {
        return port;
    }

    public CliProcess process() {
        return process;
    }

    /** Kills the server (kill -9); an interrupt while waiting for it to end is passed on. */
    @Override
    public void close() {
        try {
            process.kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
